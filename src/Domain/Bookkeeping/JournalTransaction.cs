namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>A signed amount for one account (and user, for a per-user account), before it becomes a posting.</summary>
public sealed record JournalLeg(JournalAccount Account, Guid? UserId, long AmountFen);

/// <summary>
/// One balanced set of postings: built only when its legs add up to zero and name a user exactly on per-user accounts.
/// Legs on the same account and user are merged and zero legs dropped, so a transaction may post nothing at all.
/// </summary>
public sealed class JournalTransaction
{
    private JournalTransaction(string key, JournalCause cause, Guid? orderId, DateTimeOffset at)
    {
        Key = key;
        Cause = cause;
        OrderId = orderId;
        At = at;
    }

    public string Key { get; }

    public JournalCause Cause { get; }

    public Guid? OrderId { get; }

    public DateTimeOffset At { get; }

    public IReadOnlyList<JournalPosting> Postings { get; private set; } = [];

    public static JournalTransaction Balanced(string key, JournalCause cause, Guid? orderId, DateTimeOffset at, IEnumerable<JournalLeg> legs)
    {
        var transaction = new JournalTransaction(key, cause, orderId, at);
        var merged = legs
            .GroupBy(l => (l.Account, l.UserId))
            .Select(g => new JournalLeg(g.Key.Account, g.Key.UserId, g.Sum(l => l.AmountFen)))
            .Where(l => l.AmountFen != 0)
            .ToList();
        foreach (var leg in merged)
        {
            if (leg.Account.IsPerUser() && leg.UserId is null)
            {
                throw BookkeepingErrors.UserRequired(key, leg.Account);
            }

            if (!leg.Account.IsPerUser() && leg.UserId is not null)
            {
                throw BookkeepingErrors.UserNotAllowed(key, leg.Account);
            }
        }

        if (merged.Sum(l => l.AmountFen) is var sum and not 0)
        {
            throw BookkeepingErrors.Unbalanced(key, sum);
        }

        transaction.Postings = [.. merged.Select((leg, i) => JournalPosting.Of(transaction, i, leg))];
        return transaction;
    }
}
