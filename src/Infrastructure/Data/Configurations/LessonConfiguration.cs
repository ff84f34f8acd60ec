using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("Lessons");
        builder.Property(l => l.Title).HasMaxLength(CatalogLimits.TitleLength);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(l => l.Body).HasMaxLength(CatalogLimits.LessonBodyLength);
        builder.Property(l => l.MediaUrl).HasMaxLength(CatalogLimits.UrlLength);
        // Not unique: a reorder rewrites several positions in one save, and the statements may pass through a duplicate.
        builder.HasIndex(l => new { l.ChapterId, l.Position });
    }
}
