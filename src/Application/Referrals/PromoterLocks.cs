using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals;

/// <summary>
/// Reads promoters for a change inside the caller's transaction after locking their rows (as <c>WalletLocks</c> does):
/// a no-op update makes PostgreSQL hold the row locks (and SQLite the write lock) until commit, so an order's payment
/// or refund never loses a race with the sweep or a withdrawal and rolls back for it. Rows are locked in id order.
/// </summary>
internal static class PromoterLocks
{
    public static async Task<Dictionary<Guid, Promoter>> LockedPromotersAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Guid> promoterIds, CancellationToken cancellationToken)
    {
        foreach (var id in promoterIds.Distinct().Order())
        {
            await db.Promoters.Where(p => p.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Version, p => p.Version), cancellationToken);
        }

        return await db.Promoters.Where(p => promoterIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
