using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Flagging an order for an operator is a security event: money or identity did not match what we expected. The log
/// names the order and reason only (no payment or personal data); the order holds the details.
/// </summary>
internal static class ReviewFlags
{
    /// <summary>Flags the order unless it already waits for the same reason (a repeated report changes nothing).</summary>
    public static SettlementOutcome Flag(this ILogger logger, Order order, OrderReviewReason reason)
    {
        if (order.ReviewReason != reason)
        {
            order.FlagForReview(reason);
            logger.LogFlagged(order, reason);
        }

        return SettlementOutcome.Flagged;
    }

    public static void LogFlagged(this ILogger logger, Order order, OrderReviewReason reason) =>
        logger.LogWarning("Security: order {OrderId} flagged for review ({Reason})", order.Id, reason);
}
