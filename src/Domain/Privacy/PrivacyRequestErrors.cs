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
    public static DomainException AlreadyPending(PrivacyRequestKind kind) =>
        new("PRIVACY_REQUEST_ALREADY_PENDING", $"A {Describe(kind)} request is already pending; it is answered before another is taken.");

    /// <summary>No ready export for the caller: unknown, someone else's (not told apart), or not built yet.</summary>
    public static DomainException ExportNotFound() =>
        new("PRIVACY_EXPORT_NOT_FOUND", "There is no ready data export of yours for this request.");

    public static DomainException ExportAlreadyDownloaded() =>
        new("PRIVACY_EXPORT_ALREADY_DOWNLOADED", "The data export was downloaded already; it can be downloaded once. Ask for a new one.");

    public static DomainException ExportExpired() =>
        new("PRIVACY_EXPORT_EXPIRED", "The data export is past its retention and was or will be deleted. Ask for a new one.");

    /// <summary>A download link that is forged, expired, or made out to someone else.</summary>
    public static DomainException ExportLinkInvalid() =>
        new("PRIVACY_EXPORT_LINK_INVALID", "The download link is not valid for you, or no longer valid.");

    private static string Describe(PrivacyRequestKind kind) =>
        kind == PrivacyRequestKind.DataExport ? "data export" : "account deletion";
}
