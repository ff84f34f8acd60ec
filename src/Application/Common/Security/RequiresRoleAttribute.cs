using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Security;

/// <summary>Only users holding one of the roles may send the message; resource checks stay in the handler.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequiresRoleAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}
