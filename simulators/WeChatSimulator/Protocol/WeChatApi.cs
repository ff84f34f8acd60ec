namespace KnowledgePay.WeChatSimulator.Protocol;

/// <summary>Official API names: keys of the call log (<c>GET /__sim/calls</c>) and fault targets.</summary>
internal static class WeChatApi
{
    public const string Code2Session = "code2Session";
    public const string GetStableAccessToken = "getStableAccessToken";
    public const string GetPhoneNumber = "getPhoneNumber";
    public const string CheckSessionKey = "checkSessionKey";
    public const string XPayQueryOrder = "xpayQueryOrder";
    public const string XPayRefundOrder = "xpayRefundOrder";
    public const string XPayNotifyProvideGoods = "xpayNotifyProvideGoods";
    public const string UploadShippingInfo = "uploadShippingInfo";
    public const string MsgSecCheck = "msgSecCheck";
    public const string GetUnlimitedQRCode = "getUnlimitedQRCode";
    public const string SendSubscribeMessage = "sendMessage";
}
