using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.ToTable("Chapters");
        builder.Property(c => c.Title).HasMaxLength(CatalogLimits.TitleLength);
        builder.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.ChapterId);
        builder.Navigation(c => c.Lessons).HasField("_lessons");
        // Not unique: a reorder rewrites several positions in one save, and the statements may pass through a duplicate.
        builder.HasIndex(c => new { c.CourseId, c.Position });
    }
}
