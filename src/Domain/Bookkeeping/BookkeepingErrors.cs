using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>Refusals of the books; raised inside the transaction of the money movement, which they roll back.</summary>
public static class BookkeepingErrors
{
    public const string UnbalancedCode = "JOURNAL_UNBALANCED";
    public const string UserRequiredCode = "JOURNAL_USER_REQUIRED";
    public const string UserNotAllowedCode = "JOURNAL_USER_NOT_ALLOWED";
    public const string WrongDirectionCode = "JOURNAL_WRONG_DIRECTION";

    public static DomainException Unbalanced(string key, long sumFen) =>
        new(UnbalancedCode, $"Journal transaction {key} does not balance: its postings add up to {sumFen} fen, not 0.");

    public static DomainException UserRequired(string key, JournalAccount account) =>
        new(UserRequiredCode, $"Journal transaction {key} posts to {account}, a per-user account, without naming the user.");

    public static DomainException UserNotAllowed(string key, JournalAccount account) =>
        new(UserNotAllowedCode, $"Journal transaction {key} names a user on {account}, which is not kept per user.");

    public static DomainException WrongDirection(Guid movementId, WalletMovementKind kind) =>
        new(WrongDirectionCode, $"Wallet movement {movementId} is a {kind} moving money the wrong way for its kind.");
}
