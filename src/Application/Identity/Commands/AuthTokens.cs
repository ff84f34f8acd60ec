using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Commands;

/// <summary>
/// A signed-in session as the client receives it: a short-lived access token, the refresh token to renew it, and the
/// account it belongs to (the caller is still anonymous while logging in, so <c>me</c> cannot answer yet).
/// </summary>
public sealed record AuthTokens(
    MeDto Me, string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt)
{
    internal static AuthTokens For(
        User user, IPhoneNumberProtector phones, IAccessTokenIssuer issuer, RefreshTokenSecret secret, RefreshToken stored)
    {
        var access = issuer.Issue(user.Id, user.Roles, stored.FamilyId);
        return new AuthTokens(user.ToMe(phones), access.Token, access.ExpiresAt, secret.Token, stored.ExpiresAt);
    }
}
