using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// A claimed gift or redeemed code of a course or bundle opens its courses to the recipient, in the claim's transaction,
/// each enrollment naming the gift or code. A gift or code grants once: a second event with the same source grants
/// nothing. Courses the recipient already holds are skipped. Membership plans are the membership feature's.
/// </summary>
internal sealed class GrantCoursesWhenOfferGranted(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OfferGrantedEvent>
{
    public async ValueTask Handle(OfferGrantedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind == OfferKind.Membership
            || await db.Enrollments.AnyAsync(e => e.Source == notification.Source && e.SourceId == notification.SourceId, cancellationToken))
        {
            return;
        }

        var (courseIds, bundleId) = notification.Kind == OfferKind.Bundle
            ? (await db.BundleCourseIdsAsync(notification.OfferId, cancellationToken), (Guid?)notification.OfferId)
            : ([notification.OfferId], null);
        var now = clock.GetUtcNow();
        await db.EnrollAsync([.. courseIds.Select(courseId => Grant(notification, courseId, bundleId, now))], now, cancellationToken);
    }

    private static Enrollment Grant(OfferGrantedEvent granted, Guid courseId, Guid? bundleId, DateTimeOffset now) => granted.Source switch
    {
        EnrollmentSource.Gift => Enrollment.ByGift(granted.UserId, courseId, granted.SourceId, now, bundleId),
        EnrollmentSource.RedeemCode => Enrollment.ByRedeemCode(granted.UserId, courseId, granted.SourceId, now, bundleId),
        _ => throw new InvalidOperationException($"An offer is granted by a gift or a redeem code, not by {granted.Source}."),
    };
}
