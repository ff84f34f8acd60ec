using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Orders;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Starts a refund the way the provider needs it (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html): the refund row with its new number is saved first,
/// then the provider is asked; asking again for the same amount while it is processing resends the same number.
/// An unanswered call leaves the refund processing for reconciliation to ask about.
/// </summary>
internal sealed class RefundIssuing(
    IApplicationDbContext db, PaymentGateways gateways, RefundSettlement settlement, TimeProvider clock)
{
    public async Task<RefundDto> StartAsync(
        Order order, long amountFen, string reason, Guid requestedBy, CancellationToken cancellationToken, Guid? lineId = null)
    {
        var refund = order.ProcessingRefund is { } processing && processing.AmountFen == amountFen
            ? processing
            : order.RequestRefund(amountFen, reason, requestedBy, clock.GetUtcNow(), lineId);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(order, refund, cancellationToken);
        return await db.Orders.SelectMany(o => o.Refunds).Where(r => r.Id == refund.Id).ProjectToType<RefundDto>().SingleAsync(cancellationToken);
    }

    /// <summary>Asks the provider (again) for a processing refund and settles whatever it answers.</summary>
    public async Task SendAsync(Order order, OrderRefund refund, CancellationToken cancellationToken)
    {
        var request = new RefundRequest(order.OutTradeNo, refund.OutRefundNo, refund.AmountFen, order.Total.AmountFen, refund.Reason);
        var result = await gateways.For(order.Channel).RefundAsync(request, cancellationToken);
        if (result.Value is { } report)
        {
            await settlement.SettleAsync(report, cancellationToken);
            return;
        }

        if (result.Failure!.Kind is not (PaymentFailureKind.OutcomeUnknown or PaymentFailureKind.RateLimited
            or PaymentFailureKind.InsufficientBalance))
        {
            // A definite refusal: the number was not used, so the amount is free for a new refund.
            order.FailRefund(refund.OutRefundNo, null, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            throw OrderErrors.RefundRejected();
        }
    }
}
