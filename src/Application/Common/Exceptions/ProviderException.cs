namespace KnowledgePay.Application.Common.Exceptions;

/// <summary>
/// An outside provider (WeChat, WeChat Pay) gave no usable answer or refused the call. Not a business rule: nothing
/// about the user's data was decided, so asking again later may succeed. <see cref="Code"/> is API contract.
/// </summary>
public sealed class ProviderException(string code, string message) : Exception(message)
{
    public const string PaymentProviderUnavailableCode = "PAYMENT_PROVIDER_UNAVAILABLE";
    public const string PaymentRejectedCode = "PAYMENT_REJECTED";
    public const string WeChatUnavailableCode = "WECHAT_UNAVAILABLE";

    public string Code { get; } = code;

    public static ProviderException PaymentProviderUnavailable() =>
        new(PaymentProviderUnavailableCode, "The payment service did not answer in time; please try again.");

    public static ProviderException PaymentRejected() =>
        new(PaymentRejectedCode, "The payment service refused the request.");

    /// <summary>For the outbox's log only: WeChat did not take the shipping record, to be sent again later.</summary>
    public static ProviderException ShippingNotRecorded(int errCode) =>
        new(WeChatUnavailableCode, $"WeChat did not record the shipping (errcode {errCode}).");

    public static ProviderException WeChatUnavailable() =>
        new(WeChatUnavailableCode, "WeChat is not answering right now; try again shortly.");
}
