namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>A validated JSAPI order as the merchant sent it; equal values mean "the same body" for re-posts.</summary>
internal sealed record JsapiOrder(
    string AppId,
    string MchId,
    string Description,
    string OutTradeNo,
    string? TimeExpire,
    string? Attach,
    string NotifyUrl,
    long Total,
    string OpenId);
