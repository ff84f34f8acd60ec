namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>The arguments of <c>wx.requestPayment</c> for a JSAPI prepay (WECHAT.md §2.5), named as the client expects.</summary>
public sealed record MiniProgramPaymentParameters(
    string AppId, string TimeStamp, string NonceStr, string Package, string SignType, string PaySign);
