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
