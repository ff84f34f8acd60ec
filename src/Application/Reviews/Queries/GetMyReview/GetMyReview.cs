using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Queries.GetMyReview;

/// <summary>The caller's review of a course, whatever its moderation; null when they have not reviewed it.</summary>
public sealed record GetMyReviewQuery(Guid CourseId) : IQuery<ReviewDto?>;

internal sealed class GetMyReviewQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyReviewQuery, ReviewDto?>
{
    public async ValueTask<ReviewDto?> Handle(GetMyReviewQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var review = await db.Reviews.AsNoTracking()
            .Where(r => r.UserId == userId && r.CourseId == query.CourseId)
            .ProjectToType<ReviewDto>()
            .SingleOrDefaultAsync(cancellationToken);
        return review?.ForViewer(userId);
    }
}
