using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Reviews.Queries;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Commands.VoteReviewHelpful;

/// <summary>
/// Toggles the caller's "helpful" vote on someone else's visible review. Votes of several users racing on one review
/// conflict on its version and are retried, so the count stays equal to the votes.
/// </summary>
public sealed record VoteReviewHelpfulCommand(Guid ReviewId) : ICommand<VoteReviewHelpfulResult>, IRetryOnConflict;

/// <param name="Helpful">Whether the caller's vote stands after the toggle.</param>
public sealed record VoteReviewHelpfulResult(ReviewDto Review, bool Helpful);

internal sealed class VoteReviewHelpfulCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<VoteReviewHelpfulCommand, VoteReviewHelpfulResult>
{
    public async ValueTask<VoteReviewHelpfulResult> Handle(VoteReviewHelpfulCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var review = await db.ReviewToChangeAsync(command.ReviewId, cancellationToken);
        var vote = await db.ReviewHelpfulVotes.SingleOrDefaultAsync(v => v.ReviewId == review.Id && v.UserId == userId, cancellationToken);
        if (vote is null)
        {
            db.ReviewHelpfulVotes.Add(review.VoteHelpful(userId, clock.GetUtcNow()));
        }
        else
        {
            review.WithdrawHelpfulVote();
            db.ReviewHelpfulVotes.Remove(vote);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new VoteReviewHelpfulResult(await db.ReviewForAsync(review.Id, userId, cancellationToken), vote is null);
    }
}
