using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Domain.Reviews;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews;

internal static class ReviewReads
{
    /// <summary>The review as <paramref name="viewerId"/> sees it after a change they made.</summary>
    public static async Task<ReviewDto> ReviewForAsync(
        this IApplicationDbContext db, Guid reviewId, Guid viewerId, CancellationToken cancellationToken) =>
        (await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId).ProjectToType<ReviewDto>().SingleAsync(cancellationToken))
        .ForViewer(viewerId);

    /// <summary>A review for a change; <see cref="ReviewErrors.NotFound"/> when there is none.</summary>
    public static async Task<Review> ReviewToChangeAsync(this IApplicationDbContext db, Guid reviewId, CancellationToken cancellationToken) =>
        await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken) ?? throw ReviewErrors.NotFound();

    public static async Task EnsureCourseExistsAsync(this IApplicationDbContext db, Guid courseId, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            throw new NotFoundException("Course", courseId);
        }
    }
}
