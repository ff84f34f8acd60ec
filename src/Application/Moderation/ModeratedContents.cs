using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// Finds the content a report or decision names through the features' <see cref="IModeratedContentSource"/>s, and says
/// who may moderate it: admins everything, a creator only the content of their own courses.
/// </summary>
internal sealed class ModeratedContents(IEnumerable<IModeratedContentSource> sources, IApplicationDbContext db, ICurrentUser user)
{
    /// <exception cref="NotFoundException">No feature knows it (or it was deleted).</exception>
    public async Task<ModeratedContent> FindAsync(ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken)
    {
        var source = sources.FirstOrDefault(s => s.Kinds.Contains(kind));
        return (source is null ? null : await source.FindAsync(kind, contentId, cancellationToken))
            ?? throw new NotFoundException(kind.ToString(), contentId);
    }

    /// <exception cref="ForbiddenAccessException">The caller is not an admin and the content is not of their courses.</exception>
    public async Task EnsureMayModerateAsync(ModeratedContent content, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Role.Admin))
        {
            return;
        }

        var userId = user.RequiredId();
        var own = content.CourseId is { } courseId
            && await db.Courses.AnyAsync(
                c => c.Id == courseId && db.Creators.Any(cr => cr.Id == c.CreatorId && cr.UserId == userId), cancellationToken);
        if (!own)
        {
            throw new ForbiddenAccessException();
        }
    }
}
