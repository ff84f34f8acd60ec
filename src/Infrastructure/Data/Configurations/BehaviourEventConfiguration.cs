using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class BehaviourEventConfiguration : IEntityTypeConfiguration<BehaviourEvent>
{
    public void Configure(EntityTypeBuilder<BehaviourEvent> builder)
    {
        builder.Property(e => e.EventId).HasMaxLength(BehaviourLimits.EventIdLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Context).HasMaxLength(BehaviourLimits.ContextLength);
        builder.Property(e => e.Platform).HasMaxLength(BehaviourLimits.PlatformLength);

        // No foreign key to the user: erasing an account deletes its events explicitly, and the table is append-only.
        // Courses are never deleted (only archived), so the key to them only guards against typos in server code.
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);

        // De-duplication: a re-sent or concurrently sent event id of the same user cannot be stored twice.
        // It also serves the user's profile, which reads the user's events of recent days.
        builder.HasIndex(e => new { e.UserId, e.EventId }).IsUnique();
        builder.HasIndex(e => new { e.UserId, e.OccurredOnDay });

        // Course popularity: recent days of a course's events, grouped in SQL.
        builder.HasIndex(e => new { e.CourseId, e.OccurredOnDay });

        // Analytics: a period's views and clicks of all courses (the funnel) and of each course (course statistics).
        builder.HasIndex(e => new { e.Kind, e.OccurredAt });
        builder.HasIndex(e => new { e.CourseId, e.Kind, e.OccurredAt });

        // The recommender's bulk read: everything since a day, per user and course.
        builder.HasIndex(e => new { e.OccurredOnDay, e.UserId, e.CourseId });

        // Analytics: the events of a range in the operator's time zone, whose days are not UTC days.
        builder.HasIndex(e => e.OccurredAt);
    }
}
