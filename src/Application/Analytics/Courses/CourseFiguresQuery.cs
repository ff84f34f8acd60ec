using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Application.Analytics.Courses;

internal static class CourseFiguresQuery
{
    /// <summary>
    /// Each catalogue course's figures within <paramref name="period"/> as correlated subqueries the database aggregates
    /// (through the course indexes of events, order lines, reviews and enrollments); nothing but one row per course returns.
    /// Learners are those granted the course within the period; their completion is as it stands now.
    /// </summary>
    public static IQueryable<CourseFigures> FiguresOf(this IApplicationDbContext db, AnalyticsPeriod period)
    {
        var views = db.CourseViews(period);
        var paid = db.PaidCourseLines(period);
        var refunded = db.RefundedCourseLines(period);
        var ratings = db.Reviews.Where(r => r.Status == ModerationStatus.Visible).Where(period.Covers<Review>(r => r.CreatedAt));
        var learners = db.NewLearners(period);
        return db.Courses
            .Where(c => c.Status != CourseStatus.Draft)
            .Select(c => new CourseFigures
            {
                CourseId = c.Id,
                Views = views.Count(e => e.CourseId == c.Id),
                Viewers = views.Where(e => e.CourseId == c.Id).Select(e => e.UserId).Distinct().Count(),
                Buyers = paid.Where(l => l.CourseId == c.Id).Select(l => l.UserId).Distinct().Count(),
                GmvFen = paid.Where(l => l.CourseId == c.Id).Sum(l => (long?)l.AmountFen) ?? 0,
                RefundedFen = refunded.Where(l => l.CourseId == c.Id).Sum(l => (long?)l.AmountFen) ?? 0,
                Refunds = refunded.Where(l => l.CourseId == c.Id).Select(l => l.RefundId).Distinct().Count(),
                Ratings = ratings.Count(r => r.CourseId == c.Id),
                Stars = ratings.Where(r => r.CourseId == c.Id).Sum(r => (long?)r.Stars) ?? 0,
                Learners = learners.Count(e => e.CourseId == c.Id),
                Completers = c.LessonCount == 0 ? 0 : learners.Count(e => e.CourseId == c.Id
                    && db.LessonProgress.Count(p => p.UserId == e.UserId && p.CourseId == c.Id && p.CompletedAt != null) >= c.LessonCount),
            });
    }
}
