using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>
/// What happened to courses within a period, as queries the funnel and the course statistics share. Only course lines
/// count: a bundle line stores no share per course, so it is attributed to none, and wallet top-ups are no course.
/// </summary>
public static class CourseActivity
{
    /// <summary>The context the mini program reports a view of a course's own page with; other contexts are lists and search.</summary>
    public const string CourseDetailContext = "course-detail";

    /// <summary>Refuses a course that does not exist or is still a draft (nothing happens to a draft).</summary>
    public static async Task EnsureCourseInCatalogueAsync(this IApplicationDbContext db, Guid courseId, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId && c.Status != CourseStatus.Draft, cancellationToken))
        {
            throw CourseAnalyticsErrors.UnknownCourse(courseId);
        }
    }

    /// <summary>View events: the course was shown to the user, in a list, in search or on its own page.</summary>
    public static IQueryable<BehaviourEvent> CourseViews(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.BehaviourEvents.Where(e => e.Kind == BehaviourEventKind.View).Where(period.Covers<BehaviourEvent>(e => e.OccurredAt));

    /// <summary>Visits of a course's page: a view from the page itself, or a click on the course (which opens the page).</summary>
    public static IQueryable<BehaviourEvent> CourseDetailVisits(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.BehaviourEvents
            .Where(e => (e.Kind == BehaviourEventKind.View && e.Context == CourseDetailContext) || e.Kind == BehaviourEventKind.Click)
            .Where(period.Covers<BehaviourEvent>(e => e.OccurredAt));

    /// <summary>Course lines of orders placed within the period, paid or not.</summary>
    public static IQueryable<CourseLine> PlacedCourseLines(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.Orders.Where(period.Covers<Order>(o => o.CreatedAt)).CourseLines(db);

    /// <summary>Course lines of orders paid within the period, at what was paid for each.</summary>
    public static IQueryable<CourseLine> PaidCourseLines(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.Orders.Where(o => o.PaidAt != null).Where(period.Covers<Order>(o => o.PaidAt!.Value)).CourseLines(db);

    /// <summary>What refunds that succeeded within the period gave back on course lines, one row per refund and line.</summary>
    public static IQueryable<CourseLine> RefundedCourseLines(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.Orders
            .SelectMany(o => o.Refunds, (o, r) => new { o.UserId, Refund = r })
            .Where(x => x.Refund.Status == RefundStatus.Succeeded && x.Refund.CompletedAt != null)
            .Where(x => x.Refund.CompletedAt >= period.StartsAt && x.Refund.CompletedAt < period.EndsAt)
            .SelectMany(x => x.Refund.Lines, (x, l) => new { x.UserId, RefundId = x.Refund.Id, l.LineId, l.AmountFen })
            .Join(
                db.OrderLines.Where(l => l.Kind == OfferKind.Course),
                r => r.LineId,
                l => l.Id,
                (r, l) => new CourseLine { UserId = r.UserId, CourseId = l.OfferId, AmountFen = r.AmountFen, RefundId = r.RefundId });

    /// <summary>Access granted within the period (bought, gifted, redeemed or granted) and not taken back since.</summary>
    public static IQueryable<Enrollment> NewLearners(this IApplicationDbContext db, AnalyticsPeriod period) =>
        db.Enrollments.Where(e => e.RevokedAt == null).Where(period.Covers<Enrollment>(e => e.GrantedAt));

    private static IQueryable<CourseLine> CourseLines(this IQueryable<Order> orders, IApplicationDbContext db) =>
        orders.Join(
            db.OrderLines.Where(l => l.Kind == OfferKind.Course),
            o => o.Id,
            l => l.OrderId,
            (o, l) => new CourseLine { UserId = o.UserId, CourseId = l.OfferId, AmountFen = l.AmountFen });
}
