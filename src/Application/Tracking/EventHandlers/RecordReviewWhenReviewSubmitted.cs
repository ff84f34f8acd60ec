using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>A review enters the behaviour log once, keyed by the review, whatever its stars or moderation.</summary>
internal sealed class RecordReviewWhenReviewSubmitted(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<ReviewSubmittedEvent>
{
    public async ValueTask Handle(ReviewSubmittedEvent notification, CancellationToken cancellationToken) =>
        await db.RecordServerEventAsync(
            notification.UserId, BehaviourEventKind.Review, notification.CourseId, $"review:{notification.ReviewId:N}",
            notification.SubmittedAt, clock.GetUtcNow(), cancellationToken);
}
