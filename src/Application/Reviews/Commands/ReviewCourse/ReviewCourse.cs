using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Domain.Reviews;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Commands.ReviewCourse;

/// <summary>
/// A learner with access to the course (<see cref="CourseEntitlements"/>: bought and not refunded, a membership, a gift or
/// a grant) rates it once, with optional text that is screened before it is saved. The course's rating summary follows
/// in the same transaction (<see cref="ReviewSubmittedEvent"/>). Two racing submits by one learner meet at the unique
/// index; the retry finds the first (<see cref="ReviewErrors.AlreadyReviewed"/>).
/// </summary>
public sealed record ReviewCourseCommand(Guid CourseId, int Stars, string? Text) : ICommand<ReviewDto>, IRetryOnConflict;

internal sealed class ReviewCourseCommandHandler(IApplicationDbContext db, ICurrentUser user, ContentScreening screening, TimeProvider clock)
    : ICommandHandler<ReviewCourseCommand, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(ReviewCourseCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var now = clock.GetUtcNow();
        await db.EnsureCourseExistsAsync(command.CourseId, cancellationToken);
        if (await db.Reviews.AnyAsync(r => r.UserId == userId && r.CourseId == command.CourseId, cancellationToken))
        {
            throw ReviewErrors.AlreadyReviewed();
        }

        if (!(await db.OpenCourseIdsAsync(userId, [command.CourseId], now, cancellationToken)).Contains(command.CourseId))
        {
            throw ReviewErrors.NotEntitled();
        }

        var screened = await screening.ScreenReviewTextAsync(userId, command.Text, cancellationToken);
        var review = Review.Submit(command.CourseId, userId, command.Stars, command.Text, screened.Status, screened.HoldReason, now);
        db.Reviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReviewForAsync(review.Id, userId, cancellationToken);
    }
}
