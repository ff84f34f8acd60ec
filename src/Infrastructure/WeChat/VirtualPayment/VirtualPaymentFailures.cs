using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>What a Virtual Payment errcode means for the caller.</summary>
internal static class VirtualPaymentFailures
{
    /// <summary>"数据不存在": WeChat has no such order (https://developers.weixin.qq.com/community/develop/doc/0004c2b997c7e0c78780aef4061400).</summary>
    public const int NotFoundErrCode = 268490002;

    public static PaymentFailure From(WeChatFailure failure) => failure switch
    {
        { Kind: WeChatFailureKind.Unavailable } => Unknown($"ERRCODE_{failure.ErrCode}", "Virtual Payment gave no usable answer."),
        { Kind: WeChatFailureKind.RateLimited } => new(PaymentFailureKind.RateLimited, "45011", "Virtual Payment rate limit."),
        { ErrCode: NotFoundErrCode } => new(PaymentFailureKind.NotFound, "268490002", "Virtual Payment has no such order."),
        _ => new(PaymentFailureKind.Rejected, $"ERRCODE_{failure.ErrCode}", "Virtual Payment refused the request."),
    };

    public static PaymentFailure Unknown(string code, string message) => new(PaymentFailureKind.OutcomeUnknown, code, message);
}
