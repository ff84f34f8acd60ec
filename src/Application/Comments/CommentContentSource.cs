using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments;

/// <summary>Lesson comments and replies for the moderation queue; a deleted one is gone.</summary>
internal sealed class CommentContentSource(IApplicationDbContext db) : IModeratedContentSource
{
    public IReadOnlyCollection<ModeratedContentKind> Kinds { get; } = [ModeratedContentKind.Comment];

    public Task<ModeratedContent?> FindAsync(ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken) =>
        db.LessonComments.AsNoTracking()
            .Where(c => c.Id == contentId && c.DeletedAt == null)
            .Select(c => new ModeratedContent(ModeratedContentKind.Comment, c.Id, c.AuthorId, c.CourseId, c.Text, c.Status))
            .SingleOrDefaultAsync(cancellationToken);
}
