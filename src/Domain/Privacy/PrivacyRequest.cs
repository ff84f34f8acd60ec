using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

/// <summary>
/// A user's request to export or erase their personal data. It is taken now and fulfilled later by the privacy work,
/// which lists the pending ones and completes them. The request is the record that we were asked and answered, so it
/// outlives the account it names.
/// </summary>
public sealed class PrivacyRequest : Entity
{
    private PrivacyRequest()
    {
    }

    public Guid UserId { get; private set; }

    public PrivacyRequestKind Kind { get; private set; }

    public PrivacyRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>
    /// An account deletion's end of cooling-off: until then the user may cancel, from then on the erasure may run.
    /// Null for exports, and for deletions taken before cooling-off existed.
    /// </summary>
    public DateTimeOffset? ErasableAt { get; private set; }

    public bool IsPending => Status == PrivacyRequestStatus.Pending;

    public static PrivacyRequest Submit(Guid userId, PrivacyRequestKind kind, DateTimeOffset now)
    {
        var request = new PrivacyRequest
        {
            UserId = userId,
            Kind = kind,
            Status = PrivacyRequestStatus.Pending,
            RequestedAt = now,
        };
        request.Raise(new PrivacyRequestSubmittedEvent(request.Id, userId, kind));
        return request;
    }

    /// <summary>Starts an account deletion's cooling-off: the erasure may not run before <paramref name="erasableAt"/>.</summary>
    public void StartCoolingOff(DateTimeOffset erasableAt)
    {
        EnsurePending();
        if (Kind != PrivacyRequestKind.AccountDeletion)
        {
            throw PrivacyRequestErrors.NotAnAccountDeletion();
        }

        ErasableAt = erasableAt;
    }

    /// <summary>The user withdrew the request before the privacy work fulfilled it.</summary>
    public void Cancel(DateTimeOffset now)
    {
        EnsurePending();
        Status = PrivacyRequestStatus.Cancelled;
        CancelledAt = now;
        Raise(new PrivacyRequestCancelledEvent(Id, UserId, Kind));
    }

    /// <summary>The privacy work delivered the export or erased the account.</summary>
    public void Complete(DateTimeOffset now)
    {
        EnsurePending();
        if (ErasableAt is { } erasableAt && now < erasableAt)
        {
            throw PrivacyRequestErrors.CoolingOff(erasableAt);
        }

        Status = PrivacyRequestStatus.Completed;
        CompletedAt = now;
        if (Kind == PrivacyRequestKind.AccountDeletion)
        {
            Raise(new AccountErasedEvent(Id, UserId));
        }

        Raise(new PrivacyRequestCompletedEvent(Id, UserId, Kind));
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw PrivacyRequestErrors.NotPending(Status);
        }
    }
}
