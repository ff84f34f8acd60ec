namespace KnowledgePay.Domain.Privacy;

/// <summary>Pending until the privacy work fulfils it (completed) or the user withdraws it (cancelled); both are final.</summary>
public enum PrivacyRequestStatus
{
    Pending,
    Completed,
    Cancelled,
}
