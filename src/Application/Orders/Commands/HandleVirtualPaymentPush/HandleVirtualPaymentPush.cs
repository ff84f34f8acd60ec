using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Orders.Commands.HandleVirtualPaymentPush;

/// <summary>
/// The message push endpoint's one message, sent only after <see cref="IVirtualPaymentPushReader"/> found the push
/// authentic. A delivery push is not itself proof of payment (no payment signature is documented for mini programs), so
/// the order is settled from <c>query_order</c>'s answer; a refund push is settled as it is, because a query right after
/// a refund has been seen to flip back from refunded to delivered
/// (https://developers.weixin.qq.com/community/develop/doc/0006c66c7545a034dcd450d166b400).
/// </summary>
public sealed record HandleVirtualPaymentPushCommand(VirtualPaymentPush Push) : ICommand<SettlementResult>, ISystemCommand;

internal sealed class HandleVirtualPaymentPushCommandHandler(
    PaymentGateways gateways,
    PaymentSettlement payments,
    RefundSettlement refunds,
    ILogger<HandleVirtualPaymentPushCommandHandler> logger)
    : ICommandHandler<HandleVirtualPaymentPushCommand, SettlementResult>
{
    public async ValueTask<SettlementResult> Handle(HandleVirtualPaymentPushCommand command, CancellationToken cancellationToken) =>
        command.Push switch
        {
            GoodsDeliveryPush delivery => await DeliverAsync(delivery, cancellationToken),
            VirtualPaymentRefundPush refund => await refunds.SettleAsync(refund.Refund, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Push.GetType().Name, null),
        };

    private async Task<SettlementResult> DeliverAsync(GoodsDeliveryPush delivery, CancellationToken cancellationToken)
    {
        var query = await gateways.For(PaymentChannel.WeChatVirtualPayment).QueryPaymentAsync(delivery.OutTradeNo, cancellationToken);
        if (query.Value is not { } report)
        {
            // Not known here or not answered: WeChat pushes again later.
            return new SettlementResult(query.Failure!.Kind == PaymentFailureKind.NotFound ? SettlementOutcome.Unknown : SettlementOutcome.RetryLater);
        }

        if (report.PayerOpenId is { } payer && payer != delivery.OpenId)
        {
            logger.LogWarning("Security: a Virtual Payment delivery push names another buyer than the order's");
        }

        return await payments.SettleAsync(report, cancellationToken);
    }
}
