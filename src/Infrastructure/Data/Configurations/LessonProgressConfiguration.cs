using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.ToTable("LessonProgress");
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        // Removing a lesson drops its progress, so course percentages count only lessons that still exist. The course
        // is reached through the lesson's cascade already; a second path would be refused by SQL Server.
        builder.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.NoAction);

        // One row per learner and lesson: two devices starting the same lesson at once meet here as a conflict.
        builder.HasIndex(p => new { p.UserId, p.LessonId }).IsUnique();

        // A learner's progress in a course (percentages, last studied).
        builder.HasIndex(p => new { p.UserId, p.CourseId });

        // Checked on update, so two reports racing on one row cannot lower the percent the other just raised.
        builder.Property(p => p.Percent).IsConcurrencyToken();
    }
}
