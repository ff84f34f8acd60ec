using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PurchasePropensityConfiguration : IEntityTypeConfiguration<PurchasePropensity>
{
    public void Configure(EntityTypeBuilder<PurchasePropensity> builder)
    {
        // One score per user, replaced in bulk by each published model.
        builder.HasKey(p => p.UserId);
        builder.HasIndex(p => p.Score);
    }
}
