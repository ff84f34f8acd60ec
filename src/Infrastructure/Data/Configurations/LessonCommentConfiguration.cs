using KnowledgePay.Domain.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class LessonCommentConfiguration : IEntityTypeConfiguration<LessonComment>
{
    public void Configure(EntityTypeBuilder<LessonComment> builder)
    {
        // No foreign keys to the lesson (owned by its course) or the author: the comment is also the moderation record.
        builder.Property(c => c.Text).HasMaxLength(CommentLimits.TextLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Ignore(c => c.IsDeleted);

        // A lesson's threads newest first (lesson.comments), and a thread's replies oldest first (comment.replies).
        builder.HasIndex(c => new { c.LessonId, c.ParentId, c.CreatedAt });
        builder.HasIndex(c => new { c.ParentId, c.CreatedAt });
    }
}
