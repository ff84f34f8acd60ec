using GraphQL.Types;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Identity.IdentityErrors;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class LoginCodeInvalidErrorGraphType() : CodedErrorGraphType(
    "LoginCodeInvalidError", LoginCodeInvalid().Code, "The wx.login code is unknown, used or expired; call wx.login again for a fresh one.");

internal sealed class LoginRateLimitedErrorGraphType : CodedErrorGraphType
{
    /// <summary>Our limits (per address and per openid) and WeChat's both count per minute.</summary>
    private const int RetryAfterSeconds = 60;

    public LoginRateLimitedErrorGraphType()
        : base("LoginRateLimitedError", LoginRateLimited().Code, "Too many attempts from this address or account; retryable after a pause.") =>
        Field<NonNullGraphType<IntGraphType>>("retryAfterSeconds")
            .Description("How long to wait before trying again with a fresh wx.login code.")
            .Resolve(_ => RetryAfterSeconds);
}

internal sealed class LoginBlockedErrorGraphType() : CodedErrorGraphType(
    "LoginBlockedError", LoginBlocked().Code, "WeChat refused this account's login (risky user); retrying will not help.");

internal sealed class WeChatUnavailableErrorGraphType() : CodedErrorGraphType(
    "WeChatUnavailableError", ProviderException.WeChatUnavailableCode, "WeChat was busy or unreachable; retryable shortly.");

internal sealed class RefreshTokenInvalidErrorGraphType() : CodedErrorGraphType(
    "RefreshTokenInvalidError", RefreshTokenInvalid().Code, "The refresh token is not one we issued; log in again.");

internal sealed class RefreshTokenExpiredErrorGraphType() : CodedErrorGraphType(
    "RefreshTokenExpiredError", RefreshTokenExpired().Code, "The session is too old to renew; log in again.");

internal sealed class RefreshTokenRevokedErrorGraphType() : CodedErrorGraphType(
    "RefreshTokenRevokedError", RefreshTokenRevoked().Code, "The session was ended (logout or reuse detection); log in again.");

internal sealed class RefreshTokenReusedErrorGraphType() : CodedErrorGraphType(
    "RefreshTokenReusedError", RefreshTokenReused().Code, "An already rotated refresh token came back, so the whole session was ended; log in again.");

internal sealed class PhoneCodeInvalidErrorGraphType() : CodedErrorGraphType(
    "PhoneCodeInvalidError", PhoneCodeInvalid().Code, "The phone-number code is unknown, used or expired; ask the user to tap the button again.");

internal sealed class PhoneRateLimitedErrorGraphType() : CodedErrorGraphType(
    "PhoneRateLimitedError", PhoneRateLimited().Code, "WeChat refused more phone-number requests for now; retryable after a pause.");

internal sealed class UserInvalidPhoneNumberErrorGraphType() : CodedErrorGraphType(
    "UserInvalidPhoneNumberError", InvalidPhoneNumber().Code, "WeChat returned a phone number that cannot be stored.");

internal sealed class UserInvalidProfileErrorGraphType() : CodedErrorGraphType(
    "UserInvalidProfileError", InvalidProfile(string.Empty).Code, "A profile value is not allowed.");

internal sealed class UserTooManyInterestsErrorGraphType() : CodedErrorGraphType(
    "UserTooManyInterestsError", TooManyInterests().Code, "More interests were chosen than a profile keeps.");

internal sealed class UserUnknownInterestsErrorGraphType() : CodedErrorGraphType(
    "UserUnknownInterestsError", UnknownInterests().Code, "Some chosen interests are not tags of the catalogue.");
