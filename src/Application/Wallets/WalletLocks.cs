using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets;

/// <summary>
/// Reads a wallet for a change inside the caller's transaction after locking its row: a no-op update makes PostgreSQL
/// hold the row lock (and SQLite the write lock) until commit, so concurrent movements of one wallet run one after
/// another and each reads the balance the previous one left — no overdraft, and no optimistic retry storm.
/// </summary>
internal static class WalletLocks
{
    /// <summary>The user's wallet, locked; null when they have none yet.</summary>
    public static async Task<Wallet?> LockedWalletAsync(this IApplicationDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var locked = await db.Wallets.Where(w => w.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.Version, w => w.Version), cancellationToken);
        return locked == 0 ? null : await db.Wallets.SingleAsync(w => w.UserId == userId, cancellationToken);
    }

    /// <summary>Whether the movement with this reference was already made (a replayed event or a retried command).</summary>
    public static Task<bool> AlreadyMovedAsync(this IApplicationDbContext db, string reference, CancellationToken cancellationToken) =>
        db.WalletMovements.AnyAsync(m => m.Reference == reference, cancellationToken);
}
