namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>How WeChat Pay signs for this merchant (https://pay.weixin.qq.com/doc/v3/merchant/4012154180).</summary>
public enum PlatformKeyMode
{
    /// <summary>The WeChat Pay public key, <c>PUB_KEY_ID_…</c>; no certificate download API.</summary>
    PublicKey,

    /// <summary>Platform certificates served by <c>GET /v3/certificates</c>.</summary>
    Certificate,

    /// <summary>Both: responses follow the request's <c>Wechatpay-Serial</c>, callbacks pick at random.</summary>
    Migrating,
}
