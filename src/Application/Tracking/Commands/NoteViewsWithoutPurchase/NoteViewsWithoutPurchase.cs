using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Tracking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking.Commands.NoteViewsWithoutPurchase;

/// <summary>
/// System command for the campaign sweep: finds course-page views older than <paramref name="After"/> (and younger than
/// <paramref name="LookBack"/>) whose viewer has not paid an order for the course since, nor holds it, and notes each
/// learner and course once, raising <see cref="CourseViewedWithoutPurchaseEvent"/>. A batch racing another sweeper
/// conflicts on the unique note and is read again next round. Returns how many it noted.
/// </summary>
public sealed record NoteViewsWithoutPurchaseCommand(TimeSpan After, TimeSpan LookBack, int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class NoteViewsWithoutPurchaseCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<NoteViewsWithoutPurchaseCommand, int>
{
    public async ValueTask<int> Handle(NoteViewsWithoutPurchaseCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (until, since) = (now - command.After, now - command.LookBack);
        var pairs = await db.BehaviourEvents.AsNoTracking()
            .Where(v => v.Kind == BehaviourEventKind.View && v.OccurredAt <= until && v.OccurredAt >= since)
            .Where(v => !db.CourseViewsWithoutPurchase.Any(n => n.UserId == v.UserId && n.CourseId == v.CourseId))
            .Where(v => !db.Enrollments.Any(e => e.UserId == v.UserId && e.CourseId == v.CourseId))
            .Where(v => !db.Orders.Any(o => o.UserId == v.UserId && o.PaidAt != null && o.PaidAt >= v.OccurredAt
                && db.OrderLines.Any(l => l.OrderId == o.Id && l.Kind == OfferKind.Course && l.OfferId == v.CourseId)))
            .Select(v => new { v.UserId, v.CourseId })
            .Distinct()
            .OrderBy(p => p.UserId).ThenBy(p => p.CourseId)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        if (pairs.Count == 0)
        {
            return 0;
        }

        db.CourseViewsWithoutPurchase.AddRange(pairs.Select(p => CourseViewWithoutPurchase.Note(p.UserId, p.CourseId, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Another sweeper noted some of them; the next round reads what is left.
            return 0;
        }

        return pairs.Count;
    }
}
