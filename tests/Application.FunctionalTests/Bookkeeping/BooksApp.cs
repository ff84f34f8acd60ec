using KnowledgePay.Application.Bookkeeping;
using KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Bookkeeping;

/// <summary><see cref="OrdersApp"/> with the books to read: the journal, the check an admin runs, and wallet movements to raise.</summary>
public sealed class BooksApp(bool onPostgreSql, int maxPoolSize = 100) : OrdersApp(onPostgreSql, maxPoolSize)
{
    /// <summary>The journal by transaction key and leg, as (key, account, user, amount).</summary>
    public Task<List<(string Key, JournalAccount Account, Guid? UserId, long AmountFen)>> PostingsAsync() =>
        WithDbAsync(async db => (await db.JournalPostings.AsNoTracking().OrderBy(p => p.TransactionKey).ThenBy(p => p.Leg).ToListAsync())
            .Select(p => (p.TransactionKey, p.Account, p.UserId, p.AmountFen))
            .ToList());

    /// <summary>The books as an admin checks them; signs the admin in.</summary>
    public Task<BooksDto> BooksAsync()
    {
        SignInAsAdmin();
        return SendAsync<BooksDto>(new CheckBooksQuery());
    }

    public long BalanceOf(BooksDto books, JournalAccount account) => books.Accounts.Single(a => a.Account == account).BalanceFen;

    public Task<IReadOnlyList<UserBookBalance>> UserBalancesAsync(IReadOnlyCollection<Guid>? userIds = null) =>
        WithDbAsync(db => db.UserBookBalancesAsync(userIds, CancellationToken.None));

    public Task AddAsync(JournalTransaction transaction) =>
        WithDbAsync(db =>
        {
            db.JournalPostings.AddRange(transaction.Postings);
            return db.SaveChangesAsync();
        });

    public WalletMovedEvent Moved(WalletMovementKind kind, long paidFen, long bonusFen, Guid? userId = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), userId ?? Buyer.Id, kind, paidFen, bonusFen, null, null, Clock.GetUtcNow());
}
