using System.Net.Http.Headers;
using KnowledgePay.GraphQL.FunctionalTests.TestData;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>Base of provider-independent tests: each starts on empty tables of its provider's host and a fresh simulator.</summary>
public abstract class FunctionalTest(KnowledgePayApp app) : IAsyncLifetime
{
    public const string LoginMutation = """
        mutation($code: String!) {
          login(input: { code: $code }) {
            accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
            me { id roles }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    private readonly List<HttpClient> _clients = [];

    protected KnowledgePayApp App { get; } = app;

    protected HttpClient Client => App.Client;

    public async Task InitializeAsync()
    {
        await App.ResetDatabaseAsync();
        await App.ResetSignInAsync();
        App.SqlFault.Armed = false;
        App.Clock.Reset();
        App.SqlCommands.Reset();
    }

    public Task DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        return Task.CompletedTask;
    }

    /// <summary>
    /// Signs in as a mini program would: plays <c>wx.login</c> for <paramref name="openId"/> in the simulator, sends the
    /// code to the real <c>login</c> mutation, and returns a client that sends the access token it got.
    /// </summary>
    protected async Task<Session> SignInAsync(string openId)
    {
        var (_, code) = await App.WeChat.LoginCodeAsync(openId);
        var login = (await Client.QueryAsync(LoginMutation, new { code })).GetProperty("login");
        Assert.Empty(login.PayloadErrors());
        return new Session(
            ClientWith(login.GetProperty("accessToken").GetString()!),
            login.GetProperty("me").GetProperty("id").GetString()!,
            login.GetProperty("refreshToken").GetString()!);
    }

    /// <summary>As the admin of <paramref name="admin"/>: registers a creator profile managed by the user <paramref name="userId"/>.</summary>
    protected static async Task<string> CreateCreatorAsync(Session admin, string userId, string name)
    {
        var created = (await admin.Client.QueryAsync(
            "mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id } errors { __typename } } }",
            new { input = new { userId, name } })).GetProperty("createCreator");
        Assert.Empty(created.PayloadErrors());
        return created.GetProperty("creator").GetProperty("id").GetString()!;
    }

    /// <summary>A client of the app that sends <c>Authorization: Bearer <paramref name="accessToken"/></c>.</summary>
    protected HttpClient ClientWith(string accessToken)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        _clients.Add(client);
        return client;
    }

    /// <summary>Adds courses by one creator in one category, each shaped by the caller: <c>c => c.Titled("Go").Published()</c>.</summary>
    protected async Task AddCoursesAsync(params Func<CourseBuilder, CourseBuilder>[] shapes)
    {
        var creator = ACreator();
        var category = ACategory();
        await App.AddAsync([creator, category, .. shapes.Select(shape => shape(ACourse().By(creator).In(category)).Build())]);
    }
}

/// <summary>A signed-in user: a client sending their access token, their global id and their refresh token.</summary>
public sealed record Session(HttpClient Client, string UserId, string RefreshToken);
