using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Referrals.EventHandlers;

/// <summary>
/// A signed-in learner opening someone's share binds the sharer as their referrer by the binding rules, in the visit's
/// transaction. Under the open policy the sharer becomes a promoter on their first opened share; under the approval
/// policy only an approved promoter's share binds (sharing is no application). What the rules refuse
/// (one's own share, a cycle, a first touch held by another, a sharer who may not promote) is ignored: the visit
/// still counts.
/// </summary>
internal sealed class BindReferrerWhenSharedLinkOpened(IApplicationDbContext db, IOptionsSnapshot<ReferralOptions> options, TimeProvider clock)
    : IInTransactionHandler<SharedLinkOpenedEvent>
{
    public async ValueTask Handle(SharedLinkOpenedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.SharerId == notification.VisitorId)
        {
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var sharer = settings.PromoterPolicy == PromoterPolicy.Open
            ? await db.EnrolAsync(notification.SharerId, settings.PromoterPolicy, now, cancellationToken)
            : await db.Promoters.SingleOrDefaultAsync(p => p.UserId == notification.SharerId, cancellationToken);
        if (sharer is null)
        {
            return;
        }

        try
        {
            await db.BindAsync(notification.VisitorId, sharer, notification.ShareId, settings.BindingRules, now, cancellationToken);
        }
        catch (DomainException)
        {
            // Refused by the rules: nothing was changed, and the visit is recorded all the same.
        }
    }
}
