using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.EventHandlers;

/// <summary>
/// A payment report whose amount, currency or payer did not match its order (the order already waits for an operator)
/// also lands in the risk review queue, on the order number: it is recorded for review, nothing is restricted.
/// </summary>
internal sealed class FlagPaymentMismatchWhenOrderFlaggedForReview(IApplicationDbContext db, TimeProvider clock)
    : IAfterCommitHandler<OrderFlaggedForReviewEvent>
{
    public async ValueTask HandleAsync(OrderFlaggedForReviewEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Reason is not (OrderReviewReason.AmountMismatch or OrderReviewReason.CurrencyMismatch or OrderReviewReason.PayerMismatch))
        {
            return;
        }

        var order = await db.Orders.AsNoTracking()
            .Where(o => o.Id == domainEvent.OrderId)
            .Select(o => new { o.UserId, o.OutTradeNo, o.Total.AmountFen, o.Total.Currency })
            .SingleAsync(cancellationToken);
        var evidence = JsonSerializer.Serialize(new
        {
            reason = domainEvent.Reason.ToString(),
            orderId = domainEvent.OrderId,
            outTradeNo = order.OutTradeNo,
            orderFen = order.AmountFen,
            orderCurrency = order.Currency,
        });
        await db.FlagAsync(
            RiskRule.PaymentMismatch, order.UserId, order.OutTradeNo, evidence, RiskRestriction.None, clock.GetUtcNow(), cancellationToken);
    }
}
