using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/xpay/pay</c> plays the user in <c>wx.requestVirtualPayment</c>: 200 with the order (in query_order's
/// shape) and <c>errCode</c> 0, or 409 with the client's fail <c>errCode</c> (−15001, −15005, −15006);
/// <c>GET /__sim/xpay/orders/{outTradeNo}</c> shows an order.
/// </summary>
internal static class XPayControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapPost("/xpay/pay", PayAsync);
        control.MapGet("/xpay/orders/{outTradeNo}", Inspect);
    }

    private static async Task<IResult> PayAsync(HttpRequest request, UserDirectory users, VirtualPaymentSheet sheet)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<XPayPayRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is not { OpenId: { } openId, SignData: { } signData, PaySig: { } paySig, Signature: { } signature })
        {
            return ControlResults.BadRequest("Send {openid, signData, paySig, signature, mode?} as checkout returned them.");
        }
        if (users.Find(openId) is not { } user)
        {
            return ControlResults.UnknownUser(openId);
        }
        var (order, errCode, errMsg) = sheet.Pay(user, signData, paySig, signature, body.Mode ?? VirtualPaymentSheet.GoodsMode);
        return order is null
            ? Results.Json(new XPayPayAnswer(errCode, errMsg, null), ControlResults.Json, statusCode: 409)
            : ControlResults.Ok(new XPayPayAnswer(errCode, errMsg, XPayOrderResource.From(order)));
    }

    private static IResult Inspect(string outTradeNo, XPayLedger ledger) =>
        ledger.Find(outTradeNo) is { } order
            ? ControlResults.Ok(XPayOrderResource.From(order))
            : ControlResults.NotFound($"No Virtual Payment order has outTradeNo '{outTradeNo}'.");

    private sealed record XPayPayRequest(string? OpenId, string? SignData, string? PaySig, string? Signature, string? Mode);

    private sealed record XPayPayAnswer(int ErrCode, string ErrMsg, XPayOrderResource? Order);
}
