using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.GraphQL;
using KnowledgePay.GraphQL.Errors;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Application.FunctionalTests;

/// <summary>
/// The real application container (Application + Infrastructure + GraphQL schema, no HTTP) on a fresh, migrated SQLite
/// file per test, with a category, two tags and two creators each managed by their own user.
/// </summary>
public sealed class CatalogApp : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"kp-catalog-{Guid.NewGuid():N}.db");
    private readonly TestUser _user = new();
    private ServiceProvider _services = null!;
    private User _admin = null!;
    private User _creatorUser = null!;
    private User _otherCreatorUser = null!;

    public Guid AdminUserId => _admin.Id;

    public Guid CreatorUserId => _creatorUser.Id;

    public Guid OtherCreatorUserId => _otherCreatorUser.Id;

    public Creator Creator { get; private set; } = null!;

    public Creator OtherCreator { get; private set; } = null!;

    public Category Category { get; private set; } = null!;

    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SeedDemoData"] = "false",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_databasePath};Pooling=false",
        });
        builder.Services.AddLogging();
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.AddGraphQLServices();
        builder.Services.AddSingleton<ICurrentUser>(_user);
        _services = builder.Services.BuildServiceProvider();
        await _services.InitialiseDatabaseAsync();

        var now = DateTimeOffset.UtcNow;
        _admin = AUser("o_admin", now);
        _creatorUser = AUser("o_creator", now);
        _otherCreatorUser = AUser("o_other_creator", now);
        Category = Category.Create("Tech", "tech", 0);
        Tags = [Tag.Create("AI", "ai"), Tag.Create("Cloud", "cloud")];
        Creator = Creator.Join("Li Wen", null, null, null, now, CreatorUserId);
        OtherCreator = Creator.Join("Chen Siyuan", null, null, null, now, OtherCreatorUserId);
        await WithDbAsync(async db =>
        {
            db.AddRange(_admin, _creatorUser, _otherCreatorUser);
            db.Add(Category);
            db.AddRange(Tags);
            db.AddRange(Creator, OtherCreator);
            await db.SaveChangesAsync();
            db.AuditEntries.RemoveRange(db.AuditEntries);
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_databasePath);
    }

    private static User AUser(string openId, DateTimeOffset now) =>
        User.SignUp(openId, null, EncryptedSessionKey.Of("not-a-real-ciphertext", now), now);

    public void SignInAsAdmin() => _user.SignIn(AdminUserId, Role.Admin);

    public void SignInAsCreator() => _user.SignIn(CreatorUserId, Role.Creator);

    public void SignInAsOtherCreator() => _user.SignIn(OtherCreatorUserId, Role.Creator);

    /// <summary>Sends a message as one request would: in its own scope.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IMessage message)
    {
        await using var scope = _services.CreateAsyncScope();
        return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>Executes a GraphQL document against the real schema in a request scope and returns the response JSON.</summary>
    public Task<string> ExecuteAsync(string query, object? variables = null) => ExecuteAsync(null, query, variables);

    /// <summary>Executes against <paramref name="schema"/> (the app's own when null) with the app's error mapping.</summary>
    public async Task<string> ExecuteAsync(ISchema? schema, string query, object? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var options = new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(serializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        };
        if (schema is null)
        {
            return serializer.Serialize(await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options));
        }

        options.Schema = schema;
        options.UnhandledExceptionDelegate = context =>
        {
            GraphQLErrorMapper.Map(context);
            return Task.CompletedTask;
        };
        return serializer.Serialize(await new DocumentExecuter().ExecuteAsync(options));
    }
}
