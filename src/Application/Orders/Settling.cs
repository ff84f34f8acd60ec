using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Exactly-once settlement: read, decide, save in one transaction, in a DI scope of its own. The order's concurrency
/// token and the unique keys (transaction id, ledger reference, one enrollment per order) make a racing duplicate's
/// save fail; it then decides again in a fresh scope, reading the winner's result, which normally says "already settled".
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
                    await services.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(cancellationToken);
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
