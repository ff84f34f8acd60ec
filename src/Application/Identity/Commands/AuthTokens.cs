using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Commands;

/// <summary>A signed-in session as the client receives it: a short-lived access token and the refresh token to renew it.</summary>
public sealed record AuthTokens(
    Guid UserId, string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt)
{
    internal static AuthTokens For(User user, IAccessTokenIssuer issuer, RefreshTokenSecret secret, RefreshToken stored)
    {
        var access = issuer.Issue(user.Id, user.Roles);
        return new AuthTokens(user.Id, access.Token, access.ExpiresAt, secret.Token, stored.ExpiresAt);
    }
}
