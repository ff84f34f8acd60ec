using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// A course added to a series reaches everyone who holds the series now (an active enrollment through it, bought,
/// gifted or redeemed), in the same transaction: the new enrollment copies that one's source, order and bundle, so a
/// refund of the series line withdraws it with the rest. Learners who already hold the course keep what they have.
/// </summary>
internal sealed class ReachSeriesBuyersWhenOfferCourseAdded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OfferCourseAddedEvent>
{
    public async ValueTask Handle(OfferCourseAddedEvent notification, CancellationToken cancellationToken)
    {
        if (notification is not { Kind: OfferKind.Bundle, IsSeries: true })
        {
            return;
        }

        var now = clock.GetUtcNow();
        var holdings = await db.Enrollments.AsNoTracking().ActiveAt(now)
            .Where(e => e.BundleId == notification.OfferId)
            .ToListAsync(cancellationToken);
        var reached = holdings
            .GroupBy(e => e.UserId)
            .Select(learner => Enrollment.ThroughSeries(learner.OrderBy(e => e.GrantedAt).First(), notification.CourseId, now))
            .ToList();
        await db.EnrollAsync(reached, now, cancellationToken);
    }
}
