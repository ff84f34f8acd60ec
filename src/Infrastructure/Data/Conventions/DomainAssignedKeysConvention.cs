using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace KnowledgePay.Infrastructure.Data.Conventions;

/// <summary>
/// Entities receive their Guid v7 id in the domain constructor, so the database never generates keys; otherwise EF
/// would treat a child added to a loaded aggregate (its key already set) as an existing row to update.
/// </summary>
internal sealed class DomainAssignedKeysConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var key in modelBuilder.Metadata.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IConventionKey>())
        {
            if (key.Properties is [var property] && property.ClrType == typeof(Guid))
            {
                property.Builder.ValueGenerated(ValueGenerated.Never);
            }
        }
    }
}
