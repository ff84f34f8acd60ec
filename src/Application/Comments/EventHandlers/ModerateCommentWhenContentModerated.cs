using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.EventHandlers;

/// <summary>A moderator's decision (or the report threshold) on a comment takes effect with the decision's save.</summary>
internal sealed class ModerateCommentWhenContentModerated(IApplicationDbContext db) : IInTransactionHandler<ContentModeratedEvent>
{
    public async ValueTask Handle(ContentModeratedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != ModeratedContentKind.Comment)
        {
            return;
        }

        var comment = await db.LessonComments.SingleOrDefaultAsync(c => c.Id == notification.ContentId, cancellationToken);
        comment?.Moderate(notification.Status);
    }
}
