using System.Linq.Expressions;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Application.Reviews;

/// <summary>Who sees what: everyone the visible reviews and replies, their authors also their own held or hidden ones.</summary>
internal static class ReviewVisibility
{
    public static Expression<Func<Review, bool>> SeenBy(Guid? viewerId) =>
        r => r.Status == ModerationStatus.Visible || (viewerId != null && r.UserId == viewerId);

    /// <summary>Marks the viewer's own review and drops a reply they may not see.</summary>
    public static ReviewDto ForViewer(this ReviewDto review, Guid? viewerId) => review with
    {
        IsMine = review.UserId == viewerId,
        Reply = review.Reply is { } reply && reply.Status != ModerationStatus.Visible && reply.AuthorId != viewerId ? null : review.Reply,
    };
}
