using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>The caller of the current request, as the edge authenticated it; anonymous when <see cref="Id"/> is null.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsInRole(Role role);

    /// <summary>The login session the request's access token belongs to (see <see cref="ISessionStatus"/>); null when anonymous or unknown.</summary>
    Guid? SessionId => null;
}
