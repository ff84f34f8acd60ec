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

        // A course page lists the offers that hold the course.
        builder.HasIndex(c => c.CourseId);
    }
}
