using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Comments.EventHandlers;

/// <summary>
/// An erased account's lesson comments stay, authored by the anonymised account, or with
/// <see cref="ErasedReviews.Remove"/> lose their text and leave every list; the rows stay so that others' replies keep
/// their thread.
/// </summary>
internal sealed class EraseCommentsWhenAccountErased(IApplicationDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock)
    : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        if (options.Value.ErasedReviews != ErasedReviews.Remove)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var comments = await db.LessonComments.Where(c => c.AuthorId == notification.UserId).ToListAsync(cancellationToken);
        comments.ForEach(comment => comment.Erase(now));
    }
}
