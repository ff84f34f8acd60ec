using System.Text.Json;
using Npgsql;

namespace KnowledgePay.Payments;

/// <summary>
/// The floor the product's notifications are measured against (benchmark only, never in the product): each payment's
/// database writes with Npgsql directly, one transaction per payment. One statement takes the pending→paid transition
/// and returns what the writes need (the order's buyer and its line); one batch writes the ledger entry, the enrollment,
/// the two journal legs, the audit rows and the outbox message the product writes for the same payment; then the commit.
/// No signature check, decryption, HTTP or change tracking: that is the product's cost above the floor.
/// </summary>
internal sealed class Floor(string connectionString, int connections) : IAsyncDisposable
{
    private const string Claim = """
        UPDATE "Orders" AS o SET "Status" = 'Paid', "TransactionId" = @transaction, "PaidAt" = @now, "PaidFen" = o."AmountFen",
            "Version" = o."Version" + 1
        FROM "OrderLines" AS l
        WHERE l."OrderId" = o."Id" AND o."OutTradeNo" = @outTradeNo AND o."Status" = 'Pending'
        RETURNING o."Id", o."UserId", o."AmountFen", l."Id", l."OfferId"
        """;

    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = connections }.ConnectionString).Build();

    /// <summary>True when this call paid the order (false: it was no longer pending).</summary>
    public async Task<bool> PayAsync(PendingOrder order)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await _source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var claimed = await ClaimAsync(connection, order, now);
        if (claimed is not { } paid)
        {
            await transaction.RollbackAsync();
            return false;
        }

        await using var batch = new NpgsqlBatch(connection);
        Insert(batch, "PaymentLedger", ("Id", Guid.NewGuid()), ("AmountFen", paid.AmountFen), ("Kind", "Payment"),
            ("LineId", paid.LineId), ("OrderId", paid.OrderId), ("RecordedAt", now), ("Reference", paid.TransactionId));
        var enrollmentId = Guid.NewGuid();
        Insert(batch, "Enrollments", ("Id", enrollmentId), ("CourseId", paid.CourseId), ("GrantedAt", now), ("OrderId", paid.OrderId),
            ("Source", "Purchase"), ("UserId", paid.UserId));
        var journalKey = $"order-paid:{paid.OrderId}";
        Insert(batch, "JournalPostings", ("Id", Guid.NewGuid()), ("Account", "WeChatPayClearing"), ("AmountFen", -paid.AmountFen),
            ("At", now), ("Cause", "OrderPaid"), ("Leg", 0), ("OrderId", paid.OrderId), ("TransactionKey", journalKey));
        Insert(batch, "JournalPostings", ("Id", Guid.NewGuid()), ("Account", "PlatformRevenue"), ("AmountFen", paid.AmountFen),
            ("At", now), ("Cause", "OrderPaid"), ("Leg", 1), ("OrderId", paid.OrderId), ("TransactionKey", journalKey));
        var orderPaid = JsonSerializer.Serialize(new { paid.OrderId, paid.UserId, paid.AmountFen, paid.LineId, paid.CourseId });
        Insert(batch, "AuditEntries", ("Id", Guid.NewGuid()), ("Action", "OrderPaid"), ("Changes", orderPaid), ("EntityId", paid.OrderId),
            ("EntityType", "Order"), ("OccurredAt", now));
        Insert(batch, "AuditEntries", ("Id", Guid.NewGuid()), ("Action", "EnrollmentGranted"),
            ("Changes", JsonSerializer.Serialize(new { enrollmentId, paid.UserId, paid.CourseId })), ("EntityId", enrollmentId),
            ("EntityType", "Enrollment"), ("OccurredAt", now));
        Insert(batch, "OutboxMessages", ("Id", Guid.NewGuid()), ("Attempts", 0), ("NextAttemptAt", now), ("OccurredAt", now),
            ("Payload", orderPaid), ("Type", "OrderPaidEvent"));
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return true;
    }

    public async ValueTask DisposeAsync() => await _source.DisposeAsync();

    private static async Task<Paid?> ClaimAsync(NpgsqlConnection connection, PendingOrder order, DateTimeOffset now)
    {
        var transactionId = $"floor{order.Id:N}";
        await using var command = new NpgsqlCommand(Claim, connection);
        command.Parameters.AddWithValue("transaction", transactionId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("outTradeNo", order.OutTradeNo);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new Paid(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetGuid(4), transactionId)
            : null;
    }

    private static void Insert(NpgsqlBatch batch, string table, params (string Column, object Value)[] values)
    {
        var command = new NpgsqlBatchCommand(
            $"""INSERT INTO "{table}" ({string.Join(", ", values.Select(v => $"\"{v.Column}\""))}) VALUES ({string.Join(", ", values.Select((_, i) => $"${i + 1}"))})""");
        foreach (var (_, value) in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }

    private sealed record Paid(Guid OrderId, Guid UserId, long AmountFen, Guid LineId, Guid CourseId, string TransactionId);
}
