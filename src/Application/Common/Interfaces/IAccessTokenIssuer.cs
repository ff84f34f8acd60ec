using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Issues the short-lived bearer tokens that authenticate API calls.</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(Guid userId, IEnumerable<Role> roles);
}

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
