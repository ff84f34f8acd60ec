using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary><c>query_order</c> by our order number, for the buyer who placed it (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order).</summary>
internal sealed class VirtualPaymentOrders(VirtualPaymentApiClient api, VirtualPaymentBuyers buyers, IOptions<VirtualPaymentOptions> options)
{
    public async Task<PaymentResult<FoundOrder>> FindAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        if (await buyers.OpenIdOfOrderAsync(outTradeNo, cancellationToken) is not { } openId)
        {
            return PaymentResult<FoundOrder>.Fail(new PaymentFailure(PaymentFailureKind.NotFound, "ORDER_NOT_FOUND", "No such order."));
        }

        var response = await api.PostAsync<QueryOrderReply>(
            "query_order",
            new Dictionary<string, object> { ["openid"] = openId, ["env"] = options.Value.Env, ["order_id"] = outTradeNo },
            cancellationToken);
        if (response.Value is not { } reply)
        {
            return PaymentResult<FoundOrder>.Fail(VirtualPaymentFailures.From(response.Failure!));
        }

        // An answer about another order proves nothing: ask again.
        return reply.Order is { } order && order.OrderId == outTradeNo
            ? PaymentResult<FoundOrder>.Ok(new FoundOrder(order, openId))
            : PaymentResult<FoundOrder>.Fail(VirtualPaymentFailures.Unknown("UNREADABLE_RESPONSE", "The answer named another order."));
    }
}

/// <param name="OpenId">The buyer the order was queried for.</param>
internal sealed record FoundOrder(VirtualPaymentOrder Order, string OpenId);
