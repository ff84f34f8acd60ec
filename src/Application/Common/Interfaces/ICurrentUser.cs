using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>The caller of the current request, as the edge authenticated it; anonymous when <see cref="Id"/> is null.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsInRole(Role role);
}
