using GraphQL.Types;
using KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;
using KnowledgePay.Domain.Bookkeeping;

namespace KnowledgePay.GraphQL.Bookkeeping;

internal sealed class JournalAccountGraphType : EnumerationGraphType<JournalAccount>
{
    public JournalAccountGraphType()
    {
        Name = "JournalAccount";
        Description = "An account of the books: users' wallet and bonus money, revenue, clearing at each provider, bonus funding, manual adjustments.";
    }

    /// <summary>WECHAT_PAY_CLEARING, as PaymentMethod spells WECHAT_PAY.</summary>
    protected override string ChangeEnumCase(string val) => base.ChangeEnumCase(val.Replace("WeChat", "Wechat", StringComparison.Ordinal));
}

internal sealed class JournalCauseGraphType : EnumerationGraphType<JournalCause>
{
    public JournalCauseGraphType()
    {
        Name = "JournalCause";
        Description = "What a journal transaction records: an order paid or refunded through an outside channel, or a wallet movement.";
    }
}

internal sealed class BookProblemKindGraphType : EnumerationGraphType<BookProblemKind>
{
    public BookProblemKindGraphType()
    {
        Name = "BookProblemKind";
        Description = "Why the books do not balance.";
    }
}
