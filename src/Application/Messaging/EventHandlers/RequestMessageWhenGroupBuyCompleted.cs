using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Tells every paid member their group filled: what they bought, how many joined, when.</summary>
internal sealed class RequestMessageWhenGroupBuyCompleted(IApplicationDbContext db, SubscriptionMessageRequests requests, TimeProvider clock)
    : IInTransactionHandler<GroupBuyCompletedEvent>
{
    public async ValueTask Handle(GroupBuyCompletedEvent notification, CancellationToken cancellationToken)
    {
        var title = notification.Kind == OfferKind.Course
            ? await db.Courses.Where(c => c.Id == notification.OfferId).Select(c => c.Title).SingleAsync(cancellationToken)
            : await db.Offers.Where(o => o.Id == notification.OfferId).Select(o => o.Title).SingleAsync(cancellationToken);
        var time = SubscriptionValues.Time(clock.GetUtcNow());
        foreach (var member in notification.Members)
        {
            await requests.RequestAsync(
                member.UserId,
                MessageTemplate.GroupBuyCompleted,
                new Dictionary<string, string>
                {
                    [MessageFields.Title] = title,
                    [MessageFields.Members] = notification.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [MessageFields.Time] = time,
                },
                $"group-buy-completed:{notification.GroupBuyId}:{member.UserId}",
                cancellationToken);
        }
    }
}
