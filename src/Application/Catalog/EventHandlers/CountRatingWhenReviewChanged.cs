using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Application.Catalog.EventHandlers;

/// <summary>
/// Keeps a course's rating summary equal to its visible reviews, in the review's transaction: a visible review counts its
/// stars, an edit replaces them, holding or hiding takes them out and restoring counts them again.
/// </summary>
internal sealed class CountRatingWhenReviewChanged(IApplicationDbContext db)
    : IInTransactionHandler<ReviewSubmittedEvent>, IInTransactionHandler<ReviewEditedEvent>, IInTransactionHandler<ReviewVisibilityChangedEvent>
{
    public ValueTask Handle(ReviewSubmittedEvent notification, CancellationToken cancellationToken) =>
        ApplyAsync(notification.CourseId, null, Counted(notification.Stars, notification.Status), cancellationToken);

    public ValueTask Handle(ReviewEditedEvent notification, CancellationToken cancellationToken) =>
        ApplyAsync(
            notification.CourseId,
            Counted(notification.OldStars, notification.OldStatus),
            Counted(notification.NewStars, notification.NewStatus),
            cancellationToken);

    public ValueTask Handle(ReviewVisibilityChangedEvent notification, CancellationToken cancellationToken) =>
        ApplyAsync(
            notification.CourseId,
            Counted(notification.Stars, notification.OldStatus),
            Counted(notification.Stars, notification.NewStatus),
            cancellationToken);

    private static int? Counted(int stars, ModerationStatus status) => status == ModerationStatus.Visible ? stars : null;

    private async ValueTask ApplyAsync(Guid courseId, int? before, int? after, CancellationToken cancellationToken)
    {
        if (before == after)
        {
            return;
        }

        var course = await db.LockedCourseAsync(courseId, cancellationToken)
            ?? throw new InvalidOperationException($"Course {courseId} of a review does not exist.");
        switch (before, after)
        {
            case (null, { } added):
                course.RecordRating(added);
                break;
            case ({ } removed, null):
                course.WithdrawRating(removed);
                break;
            case ({ } from, { } to):
                course.ReviseRating(from, to);
                break;
        }
    }
}
