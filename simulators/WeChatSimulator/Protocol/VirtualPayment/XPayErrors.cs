namespace KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;

/// <summary>
/// What the Virtual Payment server APIs answer on failure. 268490002 "数据不存在" is seen in the wild
/// (https://developers.weixin.qq.com/community/develop/doc/0004c2b997c7e0c78780aef4061400); the others are our assumption
/// (the docs list no codes), so the product treats any other non-zero errcode as a refusal.
/// </summary>
internal static class XPayErrors
{
    public static readonly WeChatError InvalidParameter = new(268490001, "参数错误");
    public static readonly WeChatError NotFound = new(268490002, "数据不存在");
    public static readonly WeChatError InvalidStatus = new(268490003, "订单状态不允许该操作");
    public static readonly WeChatError InvalidPaySig = WeChatErrors.InvalidSignature;
}

/// <summary>The fail codes of <c>wx.requestVirtualPayment</c> (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html).</summary>
internal static class ClientPaymentErrors
{
    public const int InvalidParameter = -15001;
    public const int SignatureInvalid = -15005;
    public const int PaySigInvalid = -15006;
}
