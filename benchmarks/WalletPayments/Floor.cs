using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace KnowledgePay.WalletPayments;

/// <summary>
/// The floor: what a balance payment must write at least, done with Npgsql directly on the same tables, in one
/// transaction per payment — read the order, debit the wallet with one conditional statement (paid pot first, refused
/// when the balance is short), then in one batch the same rows the product writes (the order's paid transition, its
/// ledger entry, the wallet movement, the enrollment and three audit rows). No events, no DI, no change tracker. The
/// benchmark funds the bonus pot only, so the movement it records takes the whole amount from the bonus pot.
/// </summary>
internal sealed class Floor(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task<bool> PayAsync(PendingPayment payment)
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (version, lineId) = await ReadOrderAsync(connection, transaction, payment.OutTradeNo);
        var now = DateTimeOffset.UtcNow;

        await using var debit = new NpgsqlCommand(
            """
            UPDATE "Wallets" SET "PaidFen" = GREATEST("PaidFen" - @amount, 0), "BonusFen" = "BonusFen" - GREATEST(@amount - "PaidFen", 0),
                "UpdatedAt" = @now, "Version" = "Version" + 1
            WHERE "UserId" = @user AND "PaidFen" + "BonusFen" >= @amount
            RETURNING "Id", "PaidFen", "BonusFen"
            """,
            connection,
            transaction);
        debit.Parameters.AddWithValue("amount", payment.AmountFen);
        debit.Parameters.AddWithValue("now", now);
        debit.Parameters.AddWithValue("user", payment.BuyerId);
        Guid walletId;
        long paidAfter, bonusAfter;
        await using (var reader = await debit.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                await reader.CloseAsync();
                await transaction.RollbackAsync();
                return false;
            }

            (walletId, paidAfter, bonusAfter) = (reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        var transactionId = $"BAL{payment.OrderId:N}";
        var batch = new NpgsqlBatch(connection, transaction);
        Add(batch, """UPDATE "Orders" SET "PaidAt" = $1, "PaidFen" = $2, "Status" = 'Paid', "TransactionId" = $3, "Version" = $4 + 1 WHERE "Id" = $5 AND "Version" = $4""",
            now, payment.AmountFen, transactionId, version, payment.OrderId);
        Add(batch, """INSERT INTO "PaymentLedger" ("Id", "AmountFen", "Kind", "LineId", "OrderId", "RecordedAt", "Reference") VALUES ($1, $2, 'Payment', $3, $4, $5, $6)""",
            Guid.CreateVersion7(), payment.AmountFen, lineId, payment.OrderId, now, transactionId);
        var movementId = Guid.CreateVersion7();
        Add(batch,
            """
            INSERT INTO "WalletMovements" ("Id", "BonusBalanceAfter", "BonusFen", "CreatedAt", "Kind", "OrderId", "PaidBalanceAfter", "PaidFen", "Reference", "UserId", "WalletId")
            VALUES ($1, $2, $3, $4, 'Spend', $5, $6, $7, $8, $9, $10)
            """,
            movementId, bonusAfter, -payment.AmountFen, now, payment.OrderId, paidAfter, 0L, $"spend:{payment.OrderId:N}", payment.BuyerId, walletId);
        var enrollmentId = Guid.CreateVersion7();
        Add(batch, """INSERT INTO "Enrollments" ("Id", "CourseId", "GrantedAt", "OrderId", "Source", "UserId") VALUES ($1, $2, $3, $4, 'Purchase', $5)""",
            enrollmentId, payment.CourseId, now, payment.OrderId, payment.BuyerId);
        foreach (var (entityType, entityId, action) in new[] { ("Order", payment.OrderId, "OrderPaid"), ("Wallet", walletId, "WalletMoved"), ("Enrollment", enrollmentId, "EnrollmentGranted") })
        {
            Add(batch, """INSERT INTO "AuditEntries" ("Id", "Action", "Changes", "EntityId", "EntityType", "OccurredAt", "UserId") VALUES ($1, $2, $3, $4, $5, $6, NULL)""",
                Guid.CreateVersion7(), action, JsonSerializer.Serialize(new { payment.OrderId, payment.AmountFen, movementId }), entityId, entityType, now);
        }

        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return true;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static async Task<(int Version, Guid LineId)> ReadOrderAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string outTradeNo)
    {
        await using var read = new NpgsqlCommand(
            """SELECT o."Version", l."Id" FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id" WHERE o."OutTradeNo" = @number AND o."Status" = 'Pending'""",
            connection,
            transaction);
        read.Parameters.AddWithValue("number", outTradeNo);
        await using var reader = await read.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt32(0), reader.GetGuid(1)) : throw new InvalidOperationException("The order is not pending.");
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is DateTimeOffset at
                ? new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz }
                : new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }
}
