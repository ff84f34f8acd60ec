using KnowledgePay.Domain.Bookkeeping;

namespace KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;

/// <summary>The books' account balances and everything that keeps them from balancing.</summary>
public sealed record BooksDto(IReadOnlyList<AccountBalanceDto> Accounts, IReadOnlyList<BookProblemDto> Problems)
{
    public bool IsBalanced => Problems.Count == 0;
}

/// <summary>One account summed over every user.</summary>
public sealed record AccountBalanceDto(JournalAccount Account, long BalanceFen);

/// <param name="Reference">What to look at: a transaction key, <c>{account}:{userId}</c>, or an order's number.</param>
public sealed record BookProblemDto(BookProblemKind Kind, string Message, string Reference);

public enum BookProblemKind
{
    /// <summary>The postings of the whole journal do not add up to zero.</summary>
    JournalUnbalanced,

    /// <summary>The postings of one transaction do not add up to zero.</summary>
    TransactionUnbalanced,

    /// <summary>A user's wallet or bonus account is below zero: they spent money they never had.</summary>
    NegativeUserAccount,

    /// <summary>An order paid through an outside channel whose clearing or revenue postings disagree with its payments ledger entries.</summary>
    OrderDisagreesWithPaymentsLedger,
}
