using Npgsql;
using Respawn;
using Respawn.Graph;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// The host on a real PostgreSQL server (<c>KNOWLEDGEPAY_TEST_POSTGRES</c>, set by scripts/test.sh), in a database
/// of its own (per test process, so concurrent runs on one server never collide), reset with Respawn between tests.
/// </summary>
public class PostgreSqlApp : KnowledgePayApp
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";

    private readonly string _server = Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalServer;
    private Respawner? _respawner;

    protected virtual string DatabaseName { get; } = $"knowledgepay_tests_{Environment.ProcessId}";

    /// <summary>False for the second node of a deployment: the first creates the database and drops it at the end.</summary>
    protected virtual bool OwnsDatabase => true;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        // The server's 100 connection slots are shared with other test runs; 200 concurrent buyers queue for 40 of them.
        ["ConnectionStrings:PostgreSql"] = new NpgsqlConnectionStringBuilder(_server) { Database = DatabaseName, MaxPoolSize = 40 }.ConnectionString,
    };

    public override async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [new Table("__EFMigrationsHistory")],
        });

        // A late background write of the previous test (a refund notification settling) may deadlock with the deletes;
        // the server rolls one side back, and deleting again then succeeds.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _respawner.ResetAsync(connection);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
                await Task.Delay(50 * attempt);
            }
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (OwnsDatabase)
        {
            await OnServerAsync($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");
        }
    }

    protected override Task PrepareDatabaseAsync() => OwnsDatabase
        ? OnServerAsync($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", $"CREATE DATABASE {DatabaseName}")
        : Task.CompletedTask;

    private async Task OnServerAsync(params string[] statements)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
