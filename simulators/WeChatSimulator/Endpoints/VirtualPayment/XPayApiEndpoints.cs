using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Endpoints.WeChat;
using KnowledgePay.WeChatSimulator.Notifications;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.VirtualPayment;

/// <summary>
/// Virtual Payment's server APIs: <c>query_order</c>, <c>refund_order</c> and <c>notify_provide_goods</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order, …/api_refund_order,
/// …/api_notify_provide_goods), each by our order number (order_id) for the order's buyer and env.
/// </summary>
internal static class XPayApiEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/xpay/query_order", QueryAsync).AsWeChatApi(WeChatApi.XPayQueryOrder);
        routes.MapPost("/xpay/refund_order", RefundAsync).AsWeChatApi(WeChatApi.XPayRefundOrder);
        routes.MapPost("/xpay/notify_provide_goods", NotifyProvideGoodsAsync).AsWeChatApi(WeChatApi.XPayNotifyProvideGoods);
    }

    private static async Task<IResult> QueryAsync(
        HttpRequest request, StableAccessTokens tokens, IOptions<VirtualPaymentSimulatorOptions> options, XPayLedger ledger,
        XPayRefundSettlement refunds)
    {
        var (body, env, error) = await VerifiedXPayRequest.ReadAsync(request, "query_order", tokens, options);
        if (error is not null)
        {
            return WeChatResults.Error(error);
        }
        refunds.SettleDue();
        return Find(ledger, body, env) is { } order
            ? WeChatResults.Ok(new QueryOrderAnswer(0, "ok", XPayOrderResource.From(order)))
            : WeChatResults.Error(XPayErrors.NotFound);
    }

    private static async Task<IResult> RefundAsync(
        HttpRequest request, StableAccessTokens tokens, IOptions<VirtualPaymentSimulatorOptions> options, XPayLedger ledger,
        SimulatedClock clock)
    {
        var (body, env, error) = await VerifiedXPayRequest.ReadAsync(request, "refund_order", tokens, options);
        if (error is not null)
        {
            return WeChatResults.Error(error);
        }
        if (body.Text("refund_order_id") is not { Length: >= 8 and <= 32 } refundOrderId
            || body.Number("left_fee") is not { } leftFee || body.Number("refund_fee") is not { } refundFee
            || body.Text("refund_reason") is not ("0" or "1" or "2" or "3" or "4" or "5")
            || body.Text("req_from") is not ("1" or "2" or "3"))
        {
            return WeChatResults.Error(XPayErrors.InvalidParameter);
        }
        if (Find(ledger, body, env) is not { } order)
        {
            return WeChatResults.Error(XPayErrors.NotFound);
        }
        var (refund, refusal) = ledger.Refund(order.OutTradeNo, refundOrderId, leftFee, refundFee, clock.GetUtcNow());
        if (refund is null)
        {
            return WeChatResults.Error(refusal is null ? XPayErrors.NotFound : XPayErrors.InvalidParameter with { ErrMsg = refusal });
        }
        return WeChatResults.Ok(new RefundOrderAnswer(0, "ok", refund.RefundOrderId, refund.WxRefundId, refund.WxRefundId));
    }

    private static async Task<IResult> NotifyProvideGoodsAsync(
        HttpRequest request, StableAccessTokens tokens, IOptions<VirtualPaymentSimulatorOptions> options, XPayLedger ledger,
        SimulatedClock clock)
    {
        var (body, env, error) = await VerifiedXPayRequest.ReadAsync(request, "notify_provide_goods", tokens, options);
        if (error is not null)
        {
            return WeChatResults.Error(error);
        }
        if (body.Text("order_id") is not { } orderId || ledger.Find(orderId) is not { } order || order.Env != env)
        {
            return WeChatResults.Error(XPayErrors.NotFound);
        }
        return ledger.MarkDelivered(orderId, clock.GetUtcNow())
            ? WeChatResults.Ok(new WeChatError(0, "ok"))
            : WeChatResults.Error(XPayErrors.InvalidStatus);
    }

    /// <summary>The order named by order_id, if it belongs to the openid and env given.</summary>
    private static XPayOrder? Find(XPayLedger ledger, System.Text.Json.JsonElement body, int env) =>
        body.Text("order_id") is { } orderId && ledger.Find(orderId) is { } order && order.OpenId == body.Text("openid") && order.Env == env
            ? order
            : null;

    private sealed record QueryOrderAnswer(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string ErrMsg,
        [property: JsonPropertyName("order")] XPayOrderResource Order);

    private sealed record RefundOrderAnswer(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string ErrMsg,
        [property: JsonPropertyName("refund_order_id")] string RefundOrderId,
        [property: JsonPropertyName("refund_wx_order_id")] string RefundWxOrderId,
        [property: JsonPropertyName("pay_refund_order_id")] string PayRefundOrderId);
}
