using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.EventHandlers;

/// <summary>A moderator's decision on a nickname (whose content id is the user's id) takes effect with the decision's save.</summary>
internal sealed class ModerateNicknameWhenContentModerated(IApplicationDbContext db) : IInTransactionHandler<ContentModeratedEvent>
{
    public async ValueTask Handle(ContentModeratedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != ModeratedContentKind.Nickname)
        {
            return;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == notification.ContentId, cancellationToken);
        user?.ModerateNickname(notification.Status);
    }
}
