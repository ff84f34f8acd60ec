using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ModerationCaseConfiguration : IEntityTypeConfiguration<ModerationCase>
{
    public void Configure(EntityTypeBuilder<ModerationCase> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Text).HasMaxLength(ModerationLimits.TextSnapshotLength);
        builder.PrimitiveCollection(c => c.Reasons)
            .HasField("_reasons")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(reason => reason.HasConversion<string>().HasMaxLength(32));
        builder.Property(c => c.Version).IsConcurrencyToken();

        // At most one open case per piece of content: two first reports racing turn the second insert into a conflict,
        // whose retry finds the case. Standard SQL that SQLite, PostgreSQL and SQL Server all accept.
        builder.HasIndex(c => new { c.Kind, c.ContentId })
            .IsUnique()
            .HasFilter($"\"{nameof(ModerationCase.Status)}\" = '{nameof(ModerationCaseStatus.Open)}'");

        // The queue, oldest first, whole or for one creator's courses.
        builder.HasIndex(c => new { c.Status, c.OpenedAt, c.Id });
        builder.HasIndex(c => new { c.CourseId, c.Status, c.OpenedAt });
    }
}
