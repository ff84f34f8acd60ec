using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.EventHandlers;

/// <summary>A moderator's decision on a review or reply takes effect in the decision's transaction (and the rating summary with it).</summary>
internal sealed class ModerateReviewWhenContentModerated(IApplicationDbContext db) : IInTransactionHandler<ContentModeratedEvent>
{
    public async ValueTask Handle(ContentModeratedEvent notification, CancellationToken cancellationToken)
    {
        switch (notification.Kind)
        {
            case ModeratedContentKind.Review:
                var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == notification.ContentId, cancellationToken);
                review?.Moderate(notification.Status);
                break;
            case ModeratedContentKind.ReviewReply:
                var answered = await db.Reviews.SingleOrDefaultAsync(r => r.Reply!.Id == notification.ContentId, cancellationToken);
                answered?.ModerateReply(notification.Status);
                break;
        }
    }
}
