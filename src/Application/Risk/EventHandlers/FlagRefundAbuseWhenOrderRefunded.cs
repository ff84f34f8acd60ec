using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Risk.EventHandlers;

/// <summary>
/// After a refund the learner asked for is paid out, counts their own refund requests and paid orders over
/// <c>Risk:RefundAbuse:WindowDays</c> and flags the account (<see cref="RiskRestriction.NoLearnerRefunds"/>) when they cross
/// the thresholds. Refunds an operator gave (a double payment, a broken course) are not the learner's doing and do not
/// count. Orders carry no device or address, so the rule counts per user only.
/// </summary>
internal sealed class FlagRefundAbuseWhenOrderRefunded(
    IApplicationDbContext db, ICourseProgress progress, IOptions<RefundAbuseOptions> options, TimeProvider clock)
    : IAfterCommitHandler<OrderRefundedEvent>
{
    public async ValueTask HandleAsync(OrderRefundedEvent domainEvent, CancellationToken cancellationToken)
    {
        var rule = options.Value;
        var now = clock.GetUtcNow();
        var userId = domainEvent.UserId;
        var since = await SinceAsync(userId, now.AddDays(-rule.WindowDays), cancellationToken);
        var orders = db.Orders.AsNoTracking().Where(o => o.UserId == userId);
        if (!await orders.AnyAsync(o => o.Refunds.Any(r => r.Id == domainEvent.RefundId && r.RequestedBy == userId), cancellationToken))
        {
            return;
        }

        // Windowed on when the learner asked (our clock), not on the provider's completion time.
        var refundedOrderIds = await orders
            .SelectMany(o => o.Refunds)
            .Where(r => r.RequestedBy == userId && r.Status == RefundStatus.Succeeded && r.RequestedAt >= since)
            .Select(r => r.OrderId)
            .ToListAsync(cancellationToken);
        var paid = await orders
            .Where(o => o.PaidAt >= since)
            .Select(o => o.Refunds.Any(r => r.Status == RefundStatus.Succeeded))
            .ToListAsync(cancellationToken);
        var consumedOrderIds = await ConsumedAsync(userId, refundedOrderIds.Distinct().ToList(), rule.ConsumedPercent, cancellationToken);
        var consumedRefunds = refundedOrderIds.Count(consumedOrderIds.Contains);
        var refundedOrders = paid.Count(refunded => refunded);

        if (!rule.Thresholds.Crossed(refundedOrderIds.Count, consumedRefunds, paid.Count, refundedOrders))
        {
            return;
        }

        var evidence = JsonSerializer.Serialize(new
        {
            windowDays = rule.WindowDays,
            refunds = refundedOrderIds.Count,
            consumedRefunds,
            paidOrders = paid.Count,
            refundedOrders,
        });
        await db.FlagAsync(
            RiskRule.RefundAbuse, userId, userId.ToString(), evidence, RiskRestriction.NoLearnerRefunds, now, cancellationToken);
    }

    /// <summary>
    /// The window's start, or when an admin last cleared this rule's flag on the user if later: a cleared flag's refunds were
    /// judged honest, and only what comes after it counts again.
    /// </summary>
    private async Task<DateTimeOffset> SinceAsync(Guid userId, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var cleared = await db.RiskFlags.AsNoTracking()
            .Where(f => f.Rule == RiskRule.RefundAbuse && f.UserId == userId && f.Status == RiskFlagStatus.Cleared)
            .MaxAsync(f => f.ReviewedAt, cancellationToken);
        return cleared is { } at && at > windowStart ? at : windowStart;
    }

    /// <summary>The refunded orders with a course the learner had opened at least <paramref name="percent"/> of.</summary>
    private async Task<HashSet<Guid>> ConsumedAsync(Guid userId, List<Guid> orderIds, int percent, CancellationToken cancellationToken)
    {
        var courses = await db.Orders.AsNoTracking()
            .Where(o => orderIds.Contains(o.Id))
            .SelectMany(o => o.Lines)
            .Where(l => l.Kind == OfferKind.Course && !l.IsGift)
            .Select(l => new { l.OrderId, l.OfferId })
            .ToListAsync(cancellationToken);
        var consumed = new HashSet<Guid>();
        foreach (var course in courses)
        {
            if (!consumed.Contains(course.OrderId) && await progress.PercentConsumedAsync(userId, course.OfferId, cancellationToken) >= percent)
            {
                consumed.Add(course.OrderId);
            }
        }

        return consumed;
    }
}
