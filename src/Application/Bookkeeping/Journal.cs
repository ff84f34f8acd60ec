using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Bookkeeping;

internal static class Journal
{
    /// <summary>
    /// Adds the transaction's postings unless its key is already in the journal or in this save (a replayed event);
    /// the unique index on key and leg refuses what two concurrent deliveries would both add.
    /// </summary>
    public static async Task PostOnceAsync(this IApplicationDbContext db, JournalTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is null || transaction.Postings.Count == 0
            || db.JournalPostings.Local.Any(p => p.TransactionKey == transaction.Key)
            || await db.JournalPostings.AnyAsync(p => p.TransactionKey == transaction.Key, cancellationToken))
        {
            return;
        }

        db.JournalPostings.AddRange(transaction.Postings);
    }
}
