using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>Automatic persisted queries over HTTP, as Apollo's protocol has clients send them: the hash first, the query on a miss.</summary>
public abstract class PersistedQueryTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string CourseTitles = "query CourseTitles($first: Int) { courses(first: $first) { nodes { title } } }";

    [Fact]
    public async Task AsksForTheQueryWhenTheHashIsUnknown()
    {
        var response = await PostAsync(query: null, Hash("query Unknown { courses { totalCount } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task RunsTheQueryByItsHashOnceItWasSentWithIt()
    {
        await AddCoursesAsync(c => c.Titled("深度学习").Published());
        var hash = Hash(CourseTitles);
        var registered = await PostAsync(CourseTitles, hash);

        var byHash = await PostAsync(query: null, hash);

        Assert.Empty(registered.Errors);
        Assert.Empty(byHash.Errors);
        Assert.Equal(registered.Data.GetRawText(), byHash.Data.GetRawText());
        Assert.Equal(["深度学习"], byHash.Data.Titles());
    }

    [Fact]
    public async Task RunsAQueryByItsHashOverGet()
    {
        await AddCoursesAsync(c => c.Titled("线性代数").Published());
        var hash = Hash(CourseTitles);
        await PostAsync(CourseTitles, hash);

        var response = await GetAsync(hash);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["线性代数"], response.Data.Titles());
    }

    [Fact]
    public async Task RefusesOverGetAMutationNamedByItsHash()
    {
        const string Mutation = "mutation Renew($token: String!) { refreshToken(input: { refreshToken: $token }) { accessToken } }";
        var hash = Hash(Mutation);
        await PostAsync(Mutation, hash, new { token = "not-a-token" });

        var response = await GetAsync(hash);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesAQueryWhoseHashDoesNotMatchAndRemembersNothing()
    {
        var claimed = Hash("query Other { courses { totalCount } }");

        var mismatch = await PostAsync(CourseTitles, claimed);
        var byHash = await PostAsync(query: null, claimed);

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal(["INVALID_REQUEST"], mismatch.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], byHash.ErrorCodes);
    }

    [Theory]
    [InlineData("""{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}""")]
    [InlineData("""{"version":1,"sha256Hash":"not-hex"}""")]
    [InlineData("""{"version":1}""")]
    public async Task RefusesAMalformedPersistedQueryExtension(string extension)
    {
        var response = await Client.PostRawAsync("""{"extensions":{"persistedQuery":""" + extension + "}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private Task<GraphQLResponse> PostAsync(string? query, string hash, object? variables = null) =>
        Client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query, variables, extensions = Extensions(hash) }),
        });

    private Task<GraphQLResponse> GetAsync(string hash) =>
        Client.SendGraphQLAsync(new HttpRequestMessage(
            HttpMethod.Get,
            $"{GraphQLClientExtensions.Endpoint}?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)))}"
                + $"&variables={Uri.EscapeDataString("""{"token":"x"}""")}"));
}

[Collection(SqliteCollection.Name)]
public sealed class PersistedQueryTestsOnSqlite(SqliteApp app) : PersistedQueryTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PersistedQueryTestsOnPostgreSql(PostgreSqlApp app) : PersistedQueryTests(app);
