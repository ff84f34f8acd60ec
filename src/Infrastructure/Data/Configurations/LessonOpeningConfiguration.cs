using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class LessonOpeningConfiguration : IEntityTypeConfiguration<LessonOpening>
{
    public void Configure(EntityTypeBuilder<LessonOpening> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);

        // Like progress, an opening goes with its lesson; the course is reached through the lesson's cascade already.
        builder.HasOne<Lesson>().WithMany().HasForeignKey(o => o.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(o => o.CourseId).OnDelete(DeleteBehavior.NoAction);

        // One row per learner and lesson: two requests opening the same lesson at once meet here as a conflict.
        builder.HasIndex(o => new { o.UserId, o.LessonId }).IsUnique();

        // A learner's openings in a course, for the refund policy.
        builder.HasIndex(o => new { o.UserId, o.CourseId });
    }
}
