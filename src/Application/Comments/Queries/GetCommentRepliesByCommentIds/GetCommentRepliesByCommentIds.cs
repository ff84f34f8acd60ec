using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.Queries.GetCommentRepliesByCommentIds;

/// <summary>
/// The replies to comments, oldest first, as the caller may see them (visible, or their own). The comments themselves
/// were found through their lesson, whose access rule already applied.
/// </summary>
public sealed record GetCommentRepliesByCommentIdsQuery(IReadOnlyCollection<Guid> CommentIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<LessonCommentDto>>>, IAllowAnonymous;

internal sealed class GetCommentRepliesByCommentIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCommentRepliesByCommentIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<LessonCommentDto>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<LessonCommentDto>>> Handle(
        GetCommentRepliesByCommentIdsQuery query, CancellationToken cancellationToken)
    {
        var replies = await db.LessonComments.AsNoTracking()
            .Where(c => c.ParentId != null && query.CommentIds.Contains(c.ParentId.Value))
            .Where(CommentVisibility.ShownTo(user.Id))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ProjectToType<LessonCommentDto>()
            .ToListAsync(cancellationToken);
        var byParent = replies.ToLookup(r => r.ParentId!.Value);
        return query.CommentIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<LessonCommentDto>)[.. byParent[id]]);
    }
}
