using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>
/// One line of the journal, never changed or deleted: a signed amount on one account. The postings sharing a
/// <see cref="TransactionKey"/> form one transaction and add up to zero; only <see cref="JournalTransaction"/> creates them.
/// </summary>
public sealed class JournalPosting : Entity
{
    private JournalPosting()
    {
        TransactionKey = null!;
    }

    /// <summary>Derived from the event that caused it (<c>order-paid:{orderId}</c>, <c>wallet:{movementId}</c>…), so a replay finds it.</summary>
    public string TransactionKey { get; private set; }

    /// <summary>The posting's place in its transaction; with the key, unique.</summary>
    public int Leg { get; private set; }

    public JournalAccount Account { get; private set; }

    /// <summary>The user of a per-user account (<see cref="JournalAccounts.IsPerUser"/>); null otherwise.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>Signed, in fen.</summary>
    public long AmountFen { get; private set; }

    public JournalCause Cause { get; private set; }

    /// <summary>The order the money moved for, if any.</summary>
    public Guid? OrderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static JournalPosting Of(JournalTransaction transaction, int leg, JournalLeg line) => new()
    {
        TransactionKey = transaction.Key,
        Leg = leg,
        Account = line.Account,
        UserId = line.UserId,
        AmountFen = line.AmountFen,
        Cause = transaction.Cause,
        OrderId = transaction.OrderId,
        At = transaction.At,
    };
}
