using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Identity;

/// <summary>Sign-in, session and profile failures; the codes are API contract.</summary>
public static class IdentityErrors
{
    public static DomainException LoginCodeInvalid() =>
        new("LOGIN_CODE_INVALID", "The WeChat login code is invalid, used or expired; call wx.login again.");

    /// <summary>Retryable: wait a minute, then log in with a fresh code.</summary>
    public static DomainException LoginRateLimited() =>
        new("LOGIN_RATE_LIMITED", "Too many login attempts; try again in a minute.");

    public static DomainException LoginBlocked() =>
        new("LOGIN_BLOCKED", "WeChat blocked this login for this account.");

    /// <summary>Retryable: WeChat was busy or unreachable.</summary>
    public static DomainException PhoneCodeInvalid() =>
        new("PHONE_CODE_INVALID", "The phone-number code is invalid, used or expired; ask the user to tap the button again.");

    public static DomainException PhoneRateLimited() =>
        new("PHONE_RATE_LIMITED", "Too many phone-number requests; try again in a minute.");

    public static DomainException RefreshTokenInvalid() =>
        new("REFRESH_TOKEN_INVALID", "The refresh token is not valid; log in again.");

    public static DomainException RefreshTokenExpired() =>
        new("REFRESH_TOKEN_EXPIRED", "The refresh token has expired; log in again.");

    public static DomainException RefreshTokenRevoked() =>
        new("REFRESH_TOKEN_REVOKED", "The session was ended; log in again.");

    /// <summary>A rotated token came back: it may have been stolen, so its whole family is revoked.</summary>
    public static DomainException RefreshTokenReused() =>
        new("REFRESH_TOKEN_REUSED", "The refresh token was already used; the session was ended for safety. Log in again.");

    public static DomainException InvalidProfile(string field) =>
        new("USER_INVALID_PROFILE", $"The {field} is not valid.");

    public static DomainException TooManyInterests() =>
        new("USER_TOO_MANY_INTERESTS", $"Choose at most {IdentityLimits.MaxInterestTags} interests.");

    public static DomainException UnknownInterests() =>
        new("USER_UNKNOWN_INTERESTS", "Some chosen interests are not tags of the catalogue.");

    public static DomainException InvalidPhoneNumber() =>
        new("USER_INVALID_PHONE_NUMBER", "WeChat returned a phone number we cannot store.");

    public static DomainException PhoneNumberUnreadable() =>
        new("PHONE_NUMBER_UNREADABLE", "The phone number is neither an international number (+ and country code) nor an 11-digit mainland mobile number.");

    public static DomainException InvalidOpenId() =>
        new("USER_INVALID_OPENID", "The WeChat openid is missing or too long.");

    public static DomainException InvalidSessionKey() =>
        new("USER_INVALID_SESSION_KEY", "The encrypted WeChat session key is missing or too long.");

    public static DomainException InvalidTokenHash() =>
        new("REFRESH_TOKEN_INVALID_HASH", "A refresh token hash must be a SHA-256 hex digest.");
}
