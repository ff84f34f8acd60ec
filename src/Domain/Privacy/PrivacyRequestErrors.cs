using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

/// <summary>Data export and account deletion failures; the codes are API contract.</summary>
public static class PrivacyRequestErrors
{
    public static DomainException NotPending(PrivacyRequestStatus status) =>
        new("PRIVACY_REQUEST_NOT_PENDING", $"The request is already {status.ToString().ToLowerInvariant()}; it can no longer change.");

    public static DomainException NoPendingAccountDeletion() =>
        new("PRIVACY_NO_PENDING_ACCOUNT_DELETION", "There is no pending account deletion to cancel.");

    public static DomainException CoolingOff(DateTimeOffset erasableAt) =>
        new("PRIVACY_COOLING_OFF", $"The account deletion is cooling off until {erasableAt:O}; it cannot be done before then.");

    public static DomainException NotAnAccountDeletion() =>
        new("PRIVACY_NOT_AN_ACCOUNT_DELETION", "Only an account deletion has a cooling-off period.");

    public static DomainException LastAdmin() =>
        new("PRIVACY_LAST_ADMIN", "This is the last admin account; grant another admin before deleting it.");
}
