using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity;

/// <summary>Turns WeChat failures into our typed errors (errcodes: https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html); unexpected errcodes stay internal errors.</summary>
internal static class WeChatFailures
{
    public static T ValueOrThrow<T>(this WeChatResponse<T> response, Func<WeChatFailure, Exception> toError)
        where T : class =>
        response.Value ?? throw toError(response.Failure!);

    public static Exception ToLoginError(WeChatFailure failure) => failure.Kind switch
    {
        WeChatFailureKind.InvalidCode => IdentityErrors.LoginCodeInvalid(),
        WeChatFailureKind.RateLimited => IdentityErrors.LoginRateLimited(),
        WeChatFailureKind.Blocked => IdentityErrors.LoginBlocked(),
        WeChatFailureKind.Unavailable => ProviderException.WeChatUnavailable(),
        _ => Rejected("code2Session", failure),
    };

    public static Exception ToPhoneError(WeChatFailure failure) => failure.Kind switch
    {
        WeChatFailureKind.InvalidCode => IdentityErrors.PhoneCodeInvalid(),
        WeChatFailureKind.RateLimited => IdentityErrors.PhoneRateLimited(),
        WeChatFailureKind.Unavailable => ProviderException.WeChatUnavailable(),
        _ => Rejected("getPhoneNumber", failure),
    };

    private static InvalidOperationException Rejected(string api, WeChatFailure failure) =>
        new($"WeChat {api} rejected the call with errcode {failure.ErrCode}; check the WeChat app configuration.");
}
