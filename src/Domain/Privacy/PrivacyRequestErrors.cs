using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

/// <summary>Data export and account deletion failures; the codes are API contract.</summary>
public static class PrivacyRequestErrors
{
    public static DomainException NotPending(PrivacyRequestStatus status) =>
        new("PRIVACY_REQUEST_NOT_PENDING", $"The request is already {status.ToString().ToLowerInvariant()}; it can no longer change.");

    public static DomainException NoPendingAccountDeletion() =>
        new("PRIVACY_NO_PENDING_ACCOUNT_DELETION", "There is no pending account deletion to cancel.");
}
