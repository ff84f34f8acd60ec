using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews;

/// <summary>Reviews and their replies, as the moderation queue looks them up.</summary>
internal sealed class ReviewContentSource(IApplicationDbContext db) : IModeratedContentSource
{
    public IReadOnlyCollection<ModeratedContentKind> Kinds { get; } = [ModeratedContentKind.Review, ModeratedContentKind.ReviewReply];

    public Task<ModeratedContent?> FindAsync(ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken) =>
        kind switch
        {
            ModeratedContentKind.Review => db.Reviews.AsNoTracking()
                .Where(r => r.Id == contentId)
                .Select(r => new ModeratedContent(kind, r.Id, r.UserId, r.CourseId, r.Text ?? string.Empty, r.Status))
                .SingleOrDefaultAsync(cancellationToken),
            ModeratedContentKind.ReviewReply => db.Reviews.AsNoTracking()
                .Where(r => r.Reply!.Id == contentId)
                .Select(r => new ModeratedContent(kind, r.Reply!.Id, r.Reply.AuthorId, r.CourseId, r.Reply.Text, r.Reply.Status))
                .SingleOrDefaultAsync(cancellationToken),
            _ => Task.FromResult<ModeratedContent?>(null),
        };
}
