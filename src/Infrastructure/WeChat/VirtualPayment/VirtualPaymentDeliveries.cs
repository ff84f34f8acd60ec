using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// Queries the order first and calls <c>notify_provide_goods</c> only while WeChat still waits for the delivery
/// (status 2 or 3; https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_notify_provide_goods),
/// so a repeat, or a push that was acknowledged meanwhile, sends nothing. An order WeChat does not know has no goods to
/// deliver: asking again would not change that.
/// </summary>
internal sealed class VirtualPaymentDeliveries(
    VirtualPaymentApiClient api, VirtualPaymentOrders orders, IOptions<VirtualPaymentOptions> options) : IVirtualPaymentDeliveries
{
    public async Task<PaymentFailure?> ConfirmDeliveredAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var query = await orders.FindAsync(outTradeNo, cancellationToken);
        if (query.Value is not { } found)
        {
            return query.Failure is { Kind: PaymentFailureKind.NotFound } ? null : query.Failure;
        }

        if (!VirtualPaymentStatus.AwaitsDelivery(found.Order.Status))
        {
            return null;
        }

        var response = await api.PostAsync<AcknowledgementReply>(
            "notify_provide_goods",
            new Dictionary<string, object> { ["order_id"] = outTradeNo, ["env"] = options.Value.Env },
            cancellationToken);
        return response.Failure is { } failure ? VirtualPaymentFailures.From(failure) : null;
    }
}
