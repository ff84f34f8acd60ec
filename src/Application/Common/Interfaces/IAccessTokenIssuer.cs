using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Issues the short-lived bearer tokens that authenticate API calls.</summary>
public interface IAccessTokenIssuer
{
    /// <param name="sessionId">The session the token belongs to (its refresh-token family, see <see cref="ISessionStatus"/>).</param>
    AccessToken Issue(Guid userId, IEnumerable<Role> roles, Guid sessionId);
}

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
