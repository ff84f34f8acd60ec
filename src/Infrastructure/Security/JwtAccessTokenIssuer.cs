using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgePay.Infrastructure.Security;

internal sealed class JwtAccessTokenIssuer(AccessTokenSettings settings, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(settings.SigningKey, SecurityAlgorithms.HmacSha256);

    public AccessToken Issue(Guid userId, IEnumerable<Role> roles, Guid sessionId)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + settings.Lifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AccessTokenSettings.Issuer,
            Audience = AccessTokenSettings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [AccessTokenSettings.SubjectClaim] = userId.ToString(),
                [AccessTokenSettings.RoleClaim] = roles.Select(role => role.ToString()).ToArray(),
                [ISessionStatus.SessionClaim] = sessionId.ToString(),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
        });
        return new AccessToken(token, expiresAt);
    }
}
