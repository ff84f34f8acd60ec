using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>Refusals of the access rules; the codes are API contract.</summary>
public static class AccessRiskErrors
{
    public const string StreamLimitReachedCode = "STREAM_LIMIT_REACHED";
    public const string LoginStepUpRequiredCode = "LOGIN_STEP_UP_REQUIRED";
    public const string LoginStepUpFailedCode = "LOGIN_STEP_UP_FAILED";

    public static DomainException StreamLimitReached(int cap) =>
        new(StreamLimitReachedCode, $"This account is already streaming on {cap} devices; stop one of them first.");

    public static DomainException LoginStepUpRequired() =>
        new(LoginStepUpRequiredCode, "This account must confirm its phone number to sign in: log in again with a phone-number code.");

    public static DomainException LoginStepUpFailed() =>
        new(LoginStepUpFailedCode, "The confirmed phone number is not the one bound to this account.");
}
