using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Reviews;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Commands.ReplyToReview;

/// <summary>
/// The course's creator or an admin answers a review: the first call writes the one reply, later calls rewrite it. The
/// text is screened like the review's.
/// </summary>
public sealed record ReplyToReviewCommand(Guid ReviewId, string Text) : ICommand<ReviewDto>, IRetryOnConflict;

internal sealed class ReplyToReviewCommandHandler(IApplicationDbContext db, ICurrentUser user, ContentScreening screening, TimeProvider clock)
    : ICommandHandler<ReplyToReviewCommand, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(ReplyToReviewCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var review = await db.ReviewToChangeAsync(command.ReviewId, cancellationToken);
        if (!user.IsInRole(Role.Admin) && !await CreatesCourseAsync(review.CourseId, cancellationToken))
        {
            throw ReviewErrors.ReplyNotAllowed();
        }

        var screened = await screening.ScreenReviewTextAsync(userId, command.Text, cancellationToken);
        review.Answer(userId, command.Text, screened.Status, screened.HoldReason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReviewForAsync(review.Id, userId, cancellationToken);
    }

    private async Task<bool> CreatesCourseAsync(Guid courseId, CancellationToken cancellationToken) =>
        await db.OwnCreatorIdAsync(user, cancellationToken) is { } creatorId
        && await db.Courses.AnyAsync(c => c.Id == courseId && c.CreatorId == creatorId, cancellationToken);
}
