using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Domain.Reviews;
using Mediator;

namespace KnowledgePay.Application.Reviews.Commands.EditReview;

/// <summary>
/// The author changes their review's stars and text; changed text is screened again. The rating summary replaces the
/// old stars with the new ones (<see cref="ReviewEditedEvent"/>).
/// </summary>
public sealed record EditReviewCommand(Guid ReviewId, int Stars, string? Text) : ICommand<ReviewDto>, IRetryOnConflict;

internal sealed class EditReviewCommandHandler(IApplicationDbContext db, ICurrentUser user, ContentScreening screening, TimeProvider clock)
    : ICommandHandler<EditReviewCommand, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(EditReviewCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var review = await db.ReviewToChangeAsync(command.ReviewId, cancellationToken);
        if (review.UserId != userId)
        {
            throw ReviewErrors.NotAuthor();
        }

        var textChanged = !string.Equals(review.Text, command.Text?.Trim(), StringComparison.Ordinal);
        var screened = await screening.ScreenReviewTextAsync(userId, textChanged ? command.Text : null, cancellationToken);
        review.Edit(userId, command.Stars, command.Text, screened.Status, screened.HoldReason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReviewForAsync(review.Id, userId, cancellationToken);
    }
}
