using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Text).HasMaxLength(ReviewLimits.TextLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Reply).WithOne().HasForeignKey<ReviewReply>(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Reply).AutoInclude();

        // One review per learner and course: a second submit racing the first fails here as a conflict.
        builder.HasIndex(r => new { r.UserId, r.CourseId }).IsUnique();

        // A course's reviews in each order the page offers (newest, stars, helpful), visible ones first filtered.
        builder.HasIndex(r => new { r.CourseId, r.Status, r.CreatedAt });
        builder.HasIndex(r => new { r.CourseId, r.Status, r.Stars });
        builder.HasIndex(r => new { r.CourseId, r.Status, r.HelpfulCount });
    }
}
