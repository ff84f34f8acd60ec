using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Campaigns.EventHandlers;

/// <summary>A learner looked at a course and did not buy it: the campaigns waiting for that enrol them (after commit).</summary>
internal sealed class EnrolWhenCourseViewedWithoutPurchase(CampaignEnrolling enrolling, TimeProvider clock)
    : IAfterCommitHandler<CourseViewedWithoutPurchaseEvent>
{
    public async ValueTask HandleAsync(CourseViewedWithoutPurchaseEvent domainEvent, CancellationToken cancellationToken) =>
        await enrolling.EnrolTriggeredAsync(CampaignTrigger.ViewedWithoutPurchase, domainEvent.UserId, clock.GetUtcNow(), cancellationToken);
}
