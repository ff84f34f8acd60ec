using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Reminds a member their plan lapses soon, with the plan and the expiry; once per expiry date.</summary>
internal sealed class RequestMessageWhenMembershipExpiringSoon(IApplicationDbContext db, SubscriptionMessageRequests requests)
    : IInTransactionHandler<MembershipExpiringSoonEvent>
{
    public const string Note = "会员即将到期，续费可继续学习";

    public async ValueTask Handle(MembershipExpiringSoonEvent notification, CancellationToken cancellationToken)
    {
        var plan = await db.Offers.Where(o => o.Id == notification.PlanId).Select(o => o.Title).SingleOrDefaultAsync(cancellationToken);
        await requests.RequestAsync(
            notification.UserId,
            MessageTemplate.MembershipExpiring,
            new Dictionary<string, string>
            {
                [MessageFields.Title] = plan ?? "会员",
                [MessageFields.Time] = SubscriptionValues.Time(notification.ExpiresAt),
                [MessageFields.Note] = Note,
            },
            $"membership-expiring:{notification.MembershipId}:{notification.ExpiresAt.ToUnixTimeSeconds()}",
            cancellationToken);
    }
}
