using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Memberships;

namespace KnowledgePay.Application.Campaigns.EventHandlers;

/// <summary>A membership nears its expiry: the campaigns waiting for that enrol its member (after commit).</summary>
internal sealed class EnrolWhenMembershipExpiringSoon(CampaignEnrolling enrolling, TimeProvider clock)
    : IAfterCommitHandler<MembershipExpiringSoonEvent>
{
    public async ValueTask HandleAsync(MembershipExpiringSoonEvent domainEvent, CancellationToken cancellationToken) =>
        await enrolling.EnrolTriggeredAsync(CampaignTrigger.MembershipExpiring, domainEvent.UserId, clock.GetUtcNow(), cancellationToken);
}
