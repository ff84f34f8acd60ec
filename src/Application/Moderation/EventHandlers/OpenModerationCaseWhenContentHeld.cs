using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation.EventHandlers;

/// <summary>Held content enters the queue in the transaction that saves it: no held content without a case.</summary>
internal sealed class OpenModerationCaseWhenContentHeld(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<ContentHeldEvent>
{
    public async ValueTask Handle(ContentHeldEvent notification, CancellationToken cancellationToken)
    {
        var open = await db.ModerationCases.OpenForAsync(notification.Kind, notification.ContentId, cancellationToken);
        if (open is null)
        {
            open = ModerationCase.Open(
                notification.Kind, notification.ContentId, notification.AuthorId, notification.CourseId, notification.Text, clock.GetUtcNow());
            db.ModerationCases.Add(open);
        }

        open.Hold(notification.Text, notification.Reason);
    }
}
