using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Learning;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.Queries.GetLessonComments;

/// <summary>
/// A lesson's comments (not replies), newest first, for whoever the lesson opens to (the same rule as its body: free
/// previews to everyone); empty for a caller the lesson is closed to. The caller's own held and hidden comments are
/// listed with their status; nobody else's are.
/// </summary>
public sealed record GetLessonCommentsQuery(Guid LessonId, PageRequest Page, bool IncludeTotalCount = false)
    : IQuery<Page<LessonCommentDto>>, IAllowAnonymous;

internal sealed class GetLessonCommentsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetLessonCommentsQuery, Page<LessonCommentDto>>
{
    public async ValueTask<Page<LessonCommentDto>> Handle(GetLessonCommentsQuery query, CancellationToken cancellationToken)
    {
        var lesson = (await db.GateLessonsAsync(user, [query.LessonId], clock.GetUtcNow(), cancellationToken)).SingleOrDefault();
        var open = lesson?.IsOpen == true;
        return await db.LessonComments.AsNoTracking()
            .Where(c => open && c.LessonId == query.LessonId && c.ParentId == null)
            .Where(CommentVisibility.ShownTo(user.Id))
            .ToPageAsync(
                new QueryContext<LessonCommentDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                LessonCommentsQuerySchema.Filter,
                LessonCommentsQuerySchema.Sort,
                LessonCommentsQuerySchema.NewestFirst,
                cancellationToken);
    }
}
