using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Referrals.EventHandlers;

/// <summary>
/// A paid order earns pending commissions, in the payment's transaction, for the buyer's referrer (level 1) and that
/// referrer's upline (level 2) on every line except balance top-ups (money kept, not sold); gift lines earn like any
/// sale. With self-purchase on, a promoter buying is their own level 1. Suspended promoters earn nothing new. Once per
/// order: a repeated payment event finds the commissions it made.
/// </summary>
internal sealed class EarnCommissionsWhenOrderPaid(
    IApplicationDbContext db, IOptionsSnapshot<ReferralOptions> referrals, IOptionsSnapshot<OrderOptions> orders, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var lines = notification.Lines.Where(l => l.Kind != OfferKind.WalletTopUp && l.AmountFen > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        // Most buyers came without a referrer: asking who earns first spares them the "already earned?" read.
        var settings = referrals.Value;
        var now = clock.GetUtcNow();
        var earners = await EarnersAsync(notification.UserId, settings, now, cancellationToken);
        if (earners.Count == 0 || await db.Commissions.AnyAsync(c => c.OrderId == notification.OrderId, cancellationToken))
        {
            return;
        }

        var promoters = await db.LockedPromotersAsync(earners, cancellationToken);
        var offerIds = lines.Select(l => l.OfferId).Distinct().ToList();
        var rates = await db.CommissionRates.AsNoTracking().Where(r => offerIds.Contains(r.OfferId))
            .ToDictionaryAsync(r => r.OfferId, cancellationToken);
        var delay = settings.SettlementDelay(orders.Value);
        for (var level = 1; level <= earners.Count; level++)
        {
            var promoter = promoters[earners[level - 1]];
            foreach (var line in lines)
            {
                var rate = rates.TryGetValue(line.OfferId, out var own)
                    ? own.RateFor(level)
                    : level == 1 ? settings.DefaultRates.Level1Bp : settings.DefaultRates.Level2Bp;
                var commission = Commission.Earn(promoter.Id, notification.UserId, notification.OrderId, line.LineId, level,
                    line.Kind, line.OfferId, line.AmountFen, rate, now, delay);
                if (commission is not null)
                {
                    db.Commissions.Add(commission);
                    db.CommissionEntries.Add(promoter.Accrue(commission, now));
                }
            }
        }
    }

    /// <summary>The active promoters who earn on the buyer's purchase, level 1 first; nobody earns twice or on their own buy unless allowed.</summary>
    private async Task<List<Guid>> EarnersAsync(Guid buyerId, ReferralOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = db.Promoters.AsNoTracking().Where(p => p.Status == PromoterStatus.Approved);
        var self = settings.Binding.AllowSelfPurchase
            ? await active.Where(p => p.UserId == buyerId).Select(p => new { p.Id, p.UserId, p.UplinePromoterId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var level1 = self ?? await (
                from binding in db.ReferralBindings.AsNoTracking()
                join promoter in active on binding.PromoterId equals promoter.Id
                where binding.BuyerId == buyerId && (binding.ExpiresAt == null || binding.ExpiresAt > now)
                select new { promoter.Id, promoter.UserId, promoter.UplinePromoterId })
            .SingleOrDefaultAsync(cancellationToken);
        if (level1 is null)
        {
            return [];
        }

        var level2 = settings.Levels >= 2 && level1.UplinePromoterId is { } uplineId
            ? await active.Where(p => p.Id == uplineId && p.Id != level1.Id && (settings.Binding.AllowSelfPurchase || p.UserId != buyerId))
                .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
        return level2 is { } id ? [level1.Id, id] : [level1.Id];
    }
}
