using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>What a WeChat Pay answer means for the caller (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html).</summary>
internal static class WeChatPayFailures
{
    /// <summary>Our own codes for answers that carry none of WeChat's.</summary>
    public const string Timeout = "TIMEOUT";
    public const string ConnectionFailed = "CONNECTION_FAILED";
    public const string UnreadableResponse = "UNREADABLE_RESPONSE";
    public const string CircuitOpen = "CIRCUIT_OPEN";

    /// <summary>A refused request (4xx, or 202 for an order being paid), by status and the error body's code.</summary>
    public static PaymentFailure Refusal(int status, string? code, string? message)
    {
        var kind = code switch
        {
            "FREQUENCY_LIMITED" or "RATELIMIT_EXCEEDED" => PaymentFailureKind.RateLimited,
            "ORDER_NOT_EXIST" or "RESOURCE_NOT_EXISTS" => PaymentFailureKind.NotFound,
            "ORDER_CLOSED" => PaymentFailureKind.AlreadyClosed,
            "ORDERPAID" or "USERPAYING" or "USER_PAYING" or "OUT_TRADE_NO_USED" => PaymentFailureKind.PaidOrPaying,
            "INVALID_REQUEST" when IsDuplicateOrderNumber(message) => PaymentFailureKind.DuplicateOrderNumber,
            "NOT_ENOUGH" => PaymentFailureKind.InsufficientBalance,
            _ => status switch
            {
                202 => PaymentFailureKind.PaidOrPaying,
                404 => PaymentFailureKind.NotFound,
                429 => PaymentFailureKind.RateLimited,
                _ => PaymentFailureKind.Rejected,
            },
        };
        return new PaymentFailure(kind, code ?? $"HTTP_{status}", message ?? string.Empty);
    }

    public static PaymentFailure Unknown(string code, string message) => new(PaymentFailureKind.OutcomeUnknown, code, message);

    /// <summary>The same out_trade_no with other parameters, or after close: "201 商户订单号重复" (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
    private static bool IsDuplicateOrderNumber(string? message) =>
        message is not null && (message.StartsWith("201", StringComparison.Ordinal) || message.Contains("订单号重复", StringComparison.Ordinal));
}
