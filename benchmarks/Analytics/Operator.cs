using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Analytics;

/// <summary>The admin the product's admin-only queries run as.</summary>
internal sealed class Operator : ICurrentUser
{
    public Guid? Id => Guid.Empty;

    public bool IsInRole(Role role) => role == Role.Admin;
}
