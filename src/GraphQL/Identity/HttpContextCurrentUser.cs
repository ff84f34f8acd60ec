using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>The caller as the bearer token authenticated them: the subject claim is the user id, role claims the roles.</summary>
internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } principal
            && Guid.TryParse(principal.Identity.Name, out var id)
            ? id
            : null;

    public Guid? SessionId =>
        Id is not null && Guid.TryParse(accessor.HttpContext?.User.FindFirst(ISessionStatus.SessionClaim)?.Value, out var session)
            ? session
            : null;

    public bool IsInRole(Role role) => accessor.HttpContext?.User.IsInRole(role.ToString()) ?? false;
}
