using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.CatalogLoad;

/// <summary>The baseline serves only anonymous catalogue reads, so every caller is signed out.</summary>
internal sealed class AnonymousCaller : ICurrentUser
{
    public Guid? Id => null;

    public bool IsInRole(Role role) => false;
}
