using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// An erased account's study trail (lesson progress and openings) goes with the erasure. Its enrollments stay: they are
/// what its orders bought, kept with the orders under the pseudonymous id.
/// </summary>
internal sealed class RemoveProgressWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.LessonProgress.RemoveRange(await db.LessonProgress.Where(p => p.UserId == notification.UserId).ToListAsync(cancellationToken));
        db.LessonOpenings.RemoveRange(await db.LessonOpenings.Where(o => o.UserId == notification.UserId).ToListAsync(cancellationToken));
    }
}
