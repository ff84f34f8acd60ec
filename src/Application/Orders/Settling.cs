using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Exactly-once settlement: read, decide, save in one transaction. The order's concurrency token and the unique keys
/// (transaction id, ledger reference, one enrollment per order) make a racing duplicate's save fail; it then reads the
/// winner's result and decides again, which normally says "already settled".
/// </summary>
internal static class Settling
{
    private const int MaxAttempts = 3;

    public static async Task<SettlementResult> SettleOnceAsync(
        this IApplicationDbContext db, Func<Task<SettlementOutcome>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var outcome = await decide();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SettlementResult(outcome);
            }
            catch (ConflictException)
            {
                // The change tracker is clear again; the next attempt reads what the winner saved.
            }
        }

        return new SettlementResult(SettlementOutcome.RetryLater);
    }
}
