using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Bookkeeping;

/// <summary>What the books say a user holds: the sums of their <see cref="JournalAccount.UserWallet"/> and <see cref="JournalAccount.UserBonus"/> postings.</summary>
public sealed record UserBookBalance(Guid UserId, long WalletFen, long BonusFen);

public static class UserBookBalances
{
    /// <summary>
    /// The per-user balances of the books, for every user with a posting (or only <paramref name="userIds"/>), ordered by
    /// user; to hold against the balances a wallet stores.
    /// </summary>
    public static async Task<IReadOnlyList<UserBookBalance>> UserBookBalancesAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Guid>? userIds, CancellationToken cancellationToken)
    {
        var postings = db.JournalPostings.AsNoTracking()
            .Where(p => p.UserId != null && (p.Account == JournalAccount.UserWallet || p.Account == JournalAccount.UserBonus));
        if (userIds is not null)
        {
            postings = postings.Where(p => userIds.Contains(p.UserId!.Value));
        }

        var sums = await postings
            .GroupBy(p => new { UserId = p.UserId!.Value, p.Account })
            .Select(g => new { g.Key.UserId, g.Key.Account, Fen = g.Sum(p => p.AmountFen) })
            .ToListAsync(cancellationToken);
        return [.. sums
            .GroupBy(s => s.UserId)
            .OrderBy(g => g.Key)
            .Select(g => new UserBookBalance(
                g.Key,
                g.Where(s => s.Account == JournalAccount.UserWallet).Sum(s => s.Fen),
                g.Where(s => s.Account == JournalAccount.UserBonus).Sum(s => s.Fen)))];
    }
}
