using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Moderation.Queries.GetModerationQueue;

/// <summary>
/// The moderation queue, oldest case first, optionally of one status and kind: admins see every case, a creator only
/// the cases of their own courses (never profile text).
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record GetModerationQueueQuery(
    ModerationCaseStatus? Status, ModeratedContentKind? Kind, PageRequest Page, bool IncludeTotalCount = false)
    : IQuery<Page<ModerationCaseDto>>;

internal sealed class GetModerationQueueQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetModerationQueueQuery, Page<ModerationCaseDto>>
{
    public async ValueTask<Page<ModerationCaseDto>> Handle(GetModerationQueueQuery query, CancellationToken cancellationToken)
    {
        var cases = db.ModerationCases.AsNoTracking();
        if (!user.IsInRole(Role.Admin))
        {
            var userId = user.RequiredId();
            var ownCourseIds = db.Courses.Where(c => db.Creators.Any(cr => cr.Id == c.CreatorId && cr.UserId == userId)).Select(c => c.Id);
            cases = cases.Where(c => c.CourseId != null && ownCourseIds.Contains(c.CourseId.Value));
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        return await cases.ToPageAsync(
            new QueryContext<ModerationCaseDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
            ModerationQueueQuerySchema.Filter,
            ModerationQueueQuerySchema.Sort,
            ModerationQueueQuerySchema.OldestFirst,
            cancellationToken);
    }
}
