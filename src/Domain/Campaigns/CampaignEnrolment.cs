using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// A user a campaign reached, treated or held out, once per campaign (unique): the unit of its results. Conversions
/// count from <see cref="EnrolledAt"/> until <see cref="ConversionEndsAt"/>. Every change bumps <see cref="Version"/>, so
/// two sweeps delivering the same deferred action cannot both save.
/// </summary>
public sealed class CampaignEnrolment : Entity
{
    private CampaignEnrolment()
    {
    }

    public Guid CampaignId { get; private set; }

    public Guid UserId { get; private set; }

    public bool IsHoldout { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    public DateTimeOffset ConversionEndsAt { get; private set; }

    public CampaignEnrolmentStatus Status { get; private set; }

    /// <summary>When a deferred action is due (the end of the quiet hours).</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>When the action was delivered; what the frequency cap counts.</summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    public int Version { get; private set; }

    internal static CampaignEnrolment Start(Guid campaignId, Guid userId, bool isHoldout, int conversionWindowDays, DateTimeOffset now) =>
        new()
        {
            CampaignId = campaignId,
            UserId = userId,
            IsHoldout = isHoldout,
            EnrolledAt = now,
            ConversionEndsAt = now.AddDays(conversionWindowDays),
            Status = isHoldout ? CampaignEnrolmentStatus.HeldOut : CampaignEnrolmentStatus.Deferred,
            DueAt = isHoldout ? null : now,
        };

    internal void Defer(DateTimeOffset until) => Change(CampaignEnrolmentStatus.Deferred, until, null);

    internal void Skip(CampaignEnrolmentStatus reason) => Change(reason, null, null);

    internal void Deliver(IDomainEvent? action, DateTimeOffset now)
    {
        Change(CampaignEnrolmentStatus.Delivered, null, now);
        if (action is not null)
        {
            Raise(action);
        }
    }

    private void Change(CampaignEnrolmentStatus status, DateTimeOffset? dueAt, DateTimeOffset? deliveredAt)
    {
        if (IsHoldout || Status != CampaignEnrolmentStatus.Deferred)
        {
            throw new InvalidOperationException("Only a treated user's pending action can be delivered, deferred or skipped.");
        }

        Status = status;
        DueAt = dueAt;
        DeliveredAt = deliveredAt;
        Version++;
    }
}
