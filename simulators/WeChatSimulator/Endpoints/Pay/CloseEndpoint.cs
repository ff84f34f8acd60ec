using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close</c> {mchid} → 204 (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/close-order.html).</summary>
internal static class CloseEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v3/pay/transactions/out-trade-no/{outTradeNo}/close", Handle).AsPayApi(PayApi.Close);

    private static IResult Handle(
        string outTradeNo, HttpContext http, PayKeyring keyring, PayLedger ledger, PaymentSheet paymentSheet, SimulatedClock clock)
    {
        var request = VerifiedPayRequest.Of(http);
        if (PayJson.TryParse<CloseRequest>(request.Body) is not { MchId: { } mchId })
        {
            return PayResults.Error(PayErrors.ParamError("mchid", "此字段为必填项"));
        }
        if (mchId != keyring.MchId)
        {
            return PayResults.Error(PayErrors.ParamError("mchid", "请求体中的商户号与请求头中的商户号不一致"));
        }
        if (request.HasFault(PayApiFault.CloseRace))
        {
            // The user finishes paying while the close is in flight: WeChat refuses the close and the order ends up paid.
            paymentSheet.Pay(new PaymentAttempt(null, outTradeNo, PaymentAttempt.Success, null, clock.GetUtcNow(), null));
            return PayResults.Error(PayErrors.FrequencyLimited());
        }
        return ledger.Close(outTradeNo, clock.GetUtcNow()) is { } error ? PayResults.Error(error) : PayResults.NoContent();
    }

    private sealed record CloseRequest([property: JsonPropertyName("mchid")] string? MchId);
}
