using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>The body of <c>POST /v3/pay/transactions/jsapi</c> as sent (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
internal sealed record JsapiRequest(
    [property: JsonPropertyName("appid")] string? AppId,
    [property: JsonPropertyName("mchid")] string? MchId,
    string? Description,
    string? OutTradeNo,
    string? TimeExpire,
    string? Attach,
    string? NotifyUrl,
    JsapiAmount? Amount,
    JsapiPayer? Payer)
{
    /// <summary>The first rule the request breaks, or the order it describes.</summary>
    public (JsapiOrder? Order, PayError? Error) Validate()
    {
        var error = PayFields.Required("appid", AppId, 32)
            ?? PayFields.Required("mchid", MchId, 32)
            ?? PayFields.Required("description", Description, 127)
            ?? PayFields.OutTradeNo("out_trade_no", OutTradeNo)
            ?? PayFields.Optional("attach", Attach, 128)
            ?? PayFields.NotifyUrl(NotifyUrl, required: true)
            ?? (Amount?.Total is > 0 ? null : PayErrors.ParamError("amount.total", "订单金额必须为大于0的整数（分）"))
            ?? PayFields.Currency("amount.currency", Amount?.Currency)
            ?? PayFields.Required("payer.openid", Payer?.OpenId, 128);
        return error is null
            ? (new JsapiOrder(AppId!, MchId!, Description!, OutTradeNo!, TimeExpire, Attach, NotifyUrl!, Amount!.Total!.Value, Payer!.OpenId!), null)
            : (null, error);
    }
}

internal sealed record JsapiAmount(long? Total, string? Currency);

internal sealed record JsapiPayer([property: JsonPropertyName("openid")] string? OpenId);
