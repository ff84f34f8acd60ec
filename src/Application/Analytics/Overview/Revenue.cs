using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Analytics.Overview;

/// <summary>What the business metrics count as revenue, refunds and learning, shared by the overview and the breakdown.</summary>
internal static class Revenue
{
    /// <summary>The behaviour events that make a user an active learner: starting, progressing in or completing a lesson.</summary>
    public static readonly BehaviourEventKind[] LearningKinds =
        [BehaviourEventKind.LessonStart, BehaviourEventKind.Progress, BehaviourEventKind.LessonComplete];

    /// <summary>
    /// Orders the provider took money for (paid, or paid after they closed), except balance top-ups: a top-up is the
    /// buyer's own money parked in their wallet, and counts when it is spent on an order paid from the balance.
    /// </summary>
    public static IQueryable<Order> PaidOrders(this IApplicationDbContext db) =>
        db.Orders.Where(o => o.PaidAt != null && !db.OrderLines.Any(l => l.OrderId == o.Id && l.Kind == OfferKind.WalletTopUp));

    /// <summary>The refunds the provider paid out of <see cref="PaidOrders"/>, each with its order.</summary>
    public static IQueryable<CompletedRefund> CompletedRefunds(this IApplicationDbContext db) =>
        from order in db.PaidOrders()
        from refund in order.Refunds
        where refund.Status == RefundStatus.Succeeded && refund.CompletedAt != null
        select new CompletedRefund { Order = order, Refund = refund, CompletedAt = refund.CompletedAt!.Value };
}

internal sealed class CompletedRefund
{
    public required Order Order { get; init; }

    public required OrderRefund Refund { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }
}
