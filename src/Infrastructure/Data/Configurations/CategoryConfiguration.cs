using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.Slug).HasMaxLength(CatalogLimits.SlugLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.Position, c.Name });
    }
}
