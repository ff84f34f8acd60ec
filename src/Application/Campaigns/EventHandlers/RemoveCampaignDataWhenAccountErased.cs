using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.EventHandlers;

/// <summary>An erased account's campaign enrolments, personal offers and marketing consent go with the erasure.</summary>
internal sealed class RemoveCampaignDataWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var userId = notification.UserId;
        db.CampaignEnrolments.RemoveRange(await db.CampaignEnrolments.Where(e => e.UserId == userId).ToListAsync(cancellationToken));
        db.PersonalOffers.RemoveRange(await db.PersonalOffers.Where(o => o.UserId == userId).ToListAsync(cancellationToken));
        db.MarketingConsents.RemoveRange(await db.MarketingConsents.Where(c => c.UserId == userId).ToListAsync(cancellationToken));
    }
}
