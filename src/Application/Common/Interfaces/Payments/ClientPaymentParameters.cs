namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>What the mini program passes to the provider's client API to let the user pay.</summary>
public abstract record ClientPaymentParameters;

/// <summary>The arguments of <c>wx.requestPayment</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-transfer-payment.html); <see cref="TimeStamp"/> is Unix seconds as text.</summary>
public sealed record JsapiPaymentParameters(
    string AppId,
    string TimeStamp,
    string NonceStr,
    string Package,
    string SignType,
    string PaySign) : ClientPaymentParameters;

/// <summary>
/// The arguments of <c>wx.requestVirtualPayment</c> in goods mode
/// (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html): <see cref="SignData"/> is a
/// JSON string the client passes verbatim, <see cref="PaySig"/> is signed with the AppKey, <see cref="Signature"/> with the
/// buyer's session key.
/// </summary>
public sealed record VirtualPaymentParameters(string SignData, string PaySig, string Signature, string Mode) : ClientPaymentParameters;

/// <summary>The balance paid the order at once: nothing for the client to do but show what is left.</summary>
public sealed record BalancePaymentParameters(long BalanceFen) : ClientPaymentParameters;
