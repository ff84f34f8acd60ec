using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);

        builder.HasOne<Offer>().WithMany().HasForeignKey(e => e.BundleId).OnDelete(DeleteBehavior.Restrict);

        // At most one unrevoked enrollment per learner and course (expired ones included, see Enrollment): the access
        // check is one seek, and a second grant racing the first (two notifications for one payment) fails as a conflict
        // instead of granting twice.
        builder.HasIndex(e => new { e.UserId, e.CourseId })
            .IsUnique()
            .HasFilter($"\"{nameof(Enrollment.RevokedAt)}\" IS NULL");

        // A paid order grants each course at most once, ever (a bundle order grants several).
        builder.HasIndex(e => new { e.OrderId, e.CourseId }).IsUnique().HasFilter($"\"{nameof(Enrollment.OrderId)}\" IS NOT NULL");

        // A gift or redeem code grants each course at most once, ever.
        builder.HasIndex(e => new { e.SourceId, e.CourseId }).IsUnique().HasFilter($"\"{nameof(Enrollment.SourceId)}\" IS NOT NULL");

        // The holders of a series, whom its later courses reach.
        builder.HasIndex(e => e.BundleId).HasFilter($"\"{nameof(Enrollment.BundleId)}\" IS NOT NULL");

        // A learner's courses, newest first (myCourses).
        builder.HasIndex(e => new { e.UserId, e.GrantedAt });

        // Analytics: a course's learners granted within a period.
        builder.HasIndex(e => new { e.CourseId, e.GrantedAt });

        builder.Property(e => e.RevokedAt).IsConcurrencyToken();
    }
}
