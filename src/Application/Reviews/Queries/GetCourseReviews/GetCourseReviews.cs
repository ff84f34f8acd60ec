using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Queries.GetCourseReviews;

/// <summary>How a course's reviews are ordered.</summary>
public enum ReviewOrder
{
    Newest,
    Highest,
    Lowest,
    MostHelpful,
}

/// <summary>One page of one course's reviews in one order.</summary>
public sealed record CourseReviewsKey(Guid CourseId, ReviewOrder Order, PageRequest Page, bool IncludeTotalCount);

/// <summary>
/// Pages of the courses' reviews: the visible ones, and the caller's own whatever its moderation (shown to them alone,
/// marked by its status). One statement per page asked for.
/// </summary>
public sealed record GetCourseReviewsQuery(IReadOnlyCollection<CourseReviewsKey> Keys)
    : IQuery<IReadOnlyDictionary<CourseReviewsKey, Page<ReviewDto>>>, IAllowAnonymous;

internal sealed class GetCourseReviewsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCourseReviewsQuery, IReadOnlyDictionary<CourseReviewsKey, Page<ReviewDto>>>
{
    public async ValueTask<IReadOnlyDictionary<CourseReviewsKey, Page<ReviewDto>>> Handle(
        GetCourseReviewsQuery query, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<CourseReviewsKey, Page<ReviewDto>>();
        foreach (var key in query.Keys)
        {
            var page = await db.Reviews.AsNoTracking()
                .Where(r => r.CourseId == key.CourseId)
                .Where(ReviewVisibility.SeenBy(user.Id))
                .ToPageAsync(
                    new QueryContext<ReviewDto>(Page: key.Page, IncludeTotalCount: key.IncludeTotalCount),
                    CourseReviewsQuerySchema.Filter,
                    CourseReviewsQuerySchema.Sort,
                    CourseReviewsQuerySchema.OrderOf(key.Order),
                    cancellationToken);
            pages[key] = page with { Edges = [.. page.Edges.Select(e => e with { Node = e.Node.ForViewer(user.Id) })] };
        }

        return pages;
    }
}
