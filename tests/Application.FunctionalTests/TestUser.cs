using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.FunctionalTests;

/// <summary>The caller, as authentication (another feature) would establish it; tests switch it between requests.</summary>
internal sealed class TestUser : ICurrentUser
{
    private IReadOnlySet<Role> _roles = new HashSet<Role>();

    public Guid? Id { get; private set; }

    public bool IsInRole(Role role) => _roles.Contains(role);

    public void SignIn(Guid id, params Role[] roles)
    {
        Id = id;
        _roles = roles.ToHashSet();
    }
}
