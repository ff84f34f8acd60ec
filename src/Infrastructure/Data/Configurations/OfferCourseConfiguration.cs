using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OfferCourseConfiguration : IEntityTypeConfiguration<OfferCourse>
{
    public void Configure(EntityTypeBuilder<OfferCourse> builder)
    {
        builder.ToTable("OfferCourses");
        builder.HasKey(c => new { c.OfferId, c.CourseId });
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);

        // The bundles and plans that hold a course (a course's offers, the member check).
        builder.HasIndex(c => c.CourseId);
    }
}
