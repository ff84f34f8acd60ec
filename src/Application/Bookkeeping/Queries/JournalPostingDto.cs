using KnowledgePay.Domain.Bookkeeping;

namespace KnowledgePay.Application.Bookkeeping.Queries;

public sealed record JournalPostingDto
{
    public Guid Id { get; init; }

    public string TransactionKey { get; init; } = string.Empty;

    public int Leg { get; init; }

    public JournalAccount Account { get; init; }

    public Guid? UserId { get; init; }

    public long AmountFen { get; init; }

    public JournalCause Cause { get; init; }

    public Guid? OrderId { get; init; }

    public DateTimeOffset At { get; init; }
}
