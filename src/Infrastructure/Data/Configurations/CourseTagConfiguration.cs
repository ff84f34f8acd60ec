using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CourseTagConfiguration : IEntityTypeConfiguration<CourseTag>
{
    public void Configure(EntityTypeBuilder<CourseTag> builder)
    {
        builder.ToTable("CourseTags");
        builder.HasKey(t => new { t.CourseId, t.TagId });
        builder.HasOne<Tag>().WithMany().HasForeignKey(t => t.TagId);
    }
}
