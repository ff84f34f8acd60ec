using Microsoft.Data.Sqlite;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The host on SQLite, with its own data folder so parallel runs never share a file.</summary>
public class SqliteApp : KnowledgePayApp
{
    protected string DataFolder { get; } = Directory.CreateTempSubdirectory("knowledgepay-tests-").FullName;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Storage:DataFolder"] = DataFolder,
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(DataFolder, "knowledgepay.db")}",
    };

    /// <summary>Respawn has no SQLite adapter: with foreign keys off the order of deletes does not matter.</summary>
    public override async Task ResetDatabaseAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText =
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using var wipe = connection.CreateCommand();
        wipe.CommandText = $"PRAGMA foreign_keys = OFF; {string.Concat(tables.Select(t => $"DELETE FROM \"{t}\"; "))}PRAGMA foreign_keys = ON;";
        await wipe.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }
}
