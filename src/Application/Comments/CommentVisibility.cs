using System.Linq.Expressions;
using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Comments;

/// <summary>Which comments a reader sees: the visible ones, and their own held or hidden ones; never deleted ones.</summary>
internal static class CommentVisibility
{
    public static Expression<Func<LessonComment, bool>> ShownTo(Guid? viewerId) =>
        c => c.DeletedAt == null && (c.Status == ModerationStatus.Visible || c.AuthorId == viewerId);
}
