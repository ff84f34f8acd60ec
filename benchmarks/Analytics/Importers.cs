using Npgsql;
using NpgsqlTypes;

namespace KnowledgePay.Analytics;

/// <summary>
/// One binary COPY per table, each on its own connection, so an order, its lines, refunds, events and lesson
/// progress are written as they
/// are made up, in one pass. Column names and types are those the product's migrations created.
/// </summary>
internal sealed class Importers : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> _connections = [];

    private Importers()
    {
    }

    public NpgsqlBinaryImporter Users { get; private set; } = null!;

    public NpgsqlBinaryImporter Orders { get; private set; } = null!;

    public NpgsqlBinaryImporter Lines { get; private set; } = null!;

    public NpgsqlBinaryImporter Refunds { get; private set; } = null!;

    public NpgsqlBinaryImporter RefundLines { get; private set; } = null!;

    public NpgsqlBinaryImporter Events { get; private set; } = null!;

    public NpgsqlBinaryImporter Openings { get; private set; } = null!;

    public NpgsqlBinaryImporter Progress { get; private set; } = null!;

    public static async Task<Importers> OpenAsync(string connectionString)
    {
        var importers = new Importers();
        importers.Users = await importers.CopyAsync(connectionString, "Users",
            "Id", "OpenId", "Roles", "InterestTagIds", "PersonalisationConsent", "CreatedAt", "LastLoginAt", "AgeBand", "Gender", "City",
            "SessionKeyCiphertext", "SessionKeyObtainedAt");
        importers.Orders = await importers.CopyAsync(connectionString, "Orders",
            "Id", "UserId", "Title", "OutTradeNo", "ClientKey", "Channel", "Status", "CreatedAt", "ExpiresAt", "CloseReason", "ClosedAt",
            "TransactionId", "PaidAt", "PaidFen", "RefundedFen", "NeedsReview", "Version", "AmountFen", "Currency");
        importers.Lines = await importers.CopyAsync(connectionString, "OrderLines",
            "Id", "OrderId", "Position", "Kind", "OfferId", "Title", "ListFen", "AmountFen", "RefundedFen", "IsGift");
        importers.Refunds = await importers.CopyAsync(connectionString, "OrderRefunds",
            "Id", "OrderId", "OutRefundNo", "AmountFen", "Reason", "Status", "RequestedBy", "RequestedAt", "CompletedAt", "RefundId");
        importers.RefundLines = await importers.CopyAsync(connectionString, "OrderRefundLines", "RefundId", "LineId", "AmountFen");
        importers.Events = await importers.CopyAsync(connectionString, "BehaviourEvents",
            "Id", "UserId", "EventId", "Kind", "CourseId", "LessonId", "ProgressPercent", "Context", "OccurredAt", "OccurredOnDay", "RecordedAt");
        importers.Openings = await importers.CopyAsync(connectionString, "LessonOpenings", "Id", "UserId", "CourseId", "LessonId", "OpenedAt");
        importers.Progress = await importers.CopyAsync(connectionString, "LessonProgress",
            "Id", "UserId", "CourseId", "LessonId", "Percent", "PositionSeconds", "CompletedAt", "UpdatedAt");
        return importers;
    }

    public async Task CompleteAsync()
    {
        foreach (var importer in new[] { Users, Orders, Lines, Refunds, RefundLines, Events, Openings, Progress })
        {
            await importer.CompleteAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<NpgsqlBinaryImporter> CopyAsync(string connectionString, string table, params string[] columns)
    {
        var connection = new NpgsqlConnection(connectionString);
        _connections.Add(connection);
        await connection.OpenAsync();
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        return await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)");
    }
}

/// <summary>Typed row writes, so a made-up row cannot drift from the column list above.</summary>
internal static class ImportRows
{
    public static void WriteNullable<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            importer.Write(present, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void WriteNullable(this NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }
}
