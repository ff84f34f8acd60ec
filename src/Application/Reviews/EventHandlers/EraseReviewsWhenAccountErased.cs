using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Reviews.EventHandlers;

/// <summary>
/// An erased account's helpful votes are withdrawn (the reviews' counts drop). Its own reviews stay, authored by the
/// anonymised account, or with <see cref="ErasedReviews.Remove"/> are hidden first (the course's rating drops them) and
/// deleted with their replies.
/// </summary>
internal sealed class EraseReviewsWhenAccountErased(IApplicationDbContext db, IOptions<PrivacyOptions> options)
    : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var votes = await db.ReviewHelpfulVotes.Where(v => v.UserId == notification.UserId).ToListAsync(cancellationToken);
        var votedIds = votes.Select(v => v.ReviewId).ToList();
        var voted = await db.Reviews.Where(r => votedIds.Contains(r.Id)).ToListAsync(cancellationToken);
        voted.ForEach(review => review.WithdrawHelpfulVote());
        db.ReviewHelpfulVotes.RemoveRange(votes);

        if (options.Value.ErasedReviews == ErasedReviews.Remove)
        {
            var own = await db.Reviews.Where(r => r.UserId == notification.UserId).ToListAsync(cancellationToken);
            own.ForEach(review => review.Moderate(ModerationStatus.Hidden));
            db.Reviews.RemoveRange(own);
        }
    }
}
