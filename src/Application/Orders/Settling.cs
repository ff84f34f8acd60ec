using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Exactly-once settlement: read, decide, save in one transaction, in a DI scope of its own. A decision that opened the
/// transaction itself (a payment's conditional claim of the order) is committed here after the save. The order's
/// concurrency token and the unique keys (transaction id, ledger reference, one enrollment per order) make a racing
/// writer's save fail; it then decides again in a fresh scope, reading the winner's result.
/// </summary>
internal static class Settling
{
    public static async Task<SettlementResult> SettleOnceAsync<TSettlement>(
        this IServiceScopeFactory scopes, Func<TSettlement, Task<SettlementOutcome>> decide, CancellationToken cancellationToken)
        where TSettlement : notnull
    {
        try
        {
            return await scopes.RunAsync(
                async services =>
                {
                    var outcome = await decide(services.GetRequiredService<TSettlement>());
                    var db = services.GetRequiredService<IApplicationDbContext>();
                    await db.SaveChangesAsync(cancellationToken);
                    await db.CommitOpenTransactionAsync(cancellationToken);

                    return new SettlementResult(outcome);
                },
                cancellationToken);
        }
        catch (ConflictException)
        {
            return new SettlementResult(SettlementOutcome.RetryLater);
        }
    }
}
