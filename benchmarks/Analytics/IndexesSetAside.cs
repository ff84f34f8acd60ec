using Npgsql;

namespace KnowledgePay.Analytics;

/// <summary>
/// The secondary indexes and foreign keys of the loaded tables, exactly as the migrations made them, dropped while
/// COPY writes millions of rows and created again from their own definitions afterwards (one sort per index instead of
/// millions of random inserts). Primary keys stay: other tables' keys point at them.
/// </summary>
internal sealed class IndexesSetAside
{
    private static readonly string[] Tables = ["Users", "Orders", "OrderLines", "OrderRefunds", "OrderRefundLines", "BehaviourEvents", "LessonOpenings", "LessonProgress"];

    private readonly List<string> _restore = [];

    public static async Task<IndexesSetAside> DropAsync(NpgsqlConnection connection)
    {
        const string Sql = """
            SELECT 'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT "' || conname || '"',
                   'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT "' || conname || '" ' || pg_get_constraintdef(oid), 1
            FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(@quoted)
            UNION ALL
            SELECT 'DROP INDEX "' || indexname || '"', indexdef, 2
            FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(@tables) AND indexname NOT LIKE 'PK\_%'
            ORDER BY 3
            """;
        var statements = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand(Sql, connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            command.Parameters.AddWithValue("quoted", Tables.Select(t => $"\"{t}\"").ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                statements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var setAside = new IndexesSetAside();
        foreach (var (drop, create) in statements)
        {
            await new NpgsqlCommand(drop, connection).ExecuteNonQueryAsync();
            setAside._restore.Insert(0, create);
        }

        return setAside;
    }

    public async Task RestoreAsync(NpgsqlConnection connection)
    {
        await new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection).ExecuteNonQueryAsync();
        foreach (var create in _restore)
        {
            await new NpgsqlCommand(create, connection) { CommandTimeout = 0 }.ExecuteNonQueryAsync();
        }
    }
}
