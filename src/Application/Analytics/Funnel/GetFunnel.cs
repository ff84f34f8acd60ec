using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Funnel;

/// <summary>How many users went from seeing a course to finishing it within a range: one course's, or all courses'.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetFunnelQuery(AnalyticsRange Range, Guid? CourseId = null) : IQuery<FunnelDto>;

/// <summary>
/// A strict funnel: a user reaches a step only through every step before it, for one and the same course (all courses:
/// through some course), each step taken within the range. The database walks each user and viewed course as far as
/// it goes, keeps each user's furthest step and counts users per furthest step, so one small grouped row set comes back.
/// </summary>
internal sealed class GetFunnelQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods) : IQueryHandler<GetFunnelQuery, FunnelDto>
{
    public async ValueTask<FunnelDto> Handle(GetFunnelQuery query, CancellationToken cancellationToken)
    {
        var period = periods.Resolve(query.Range);
        if (query.CourseId is { } courseId)
        {
            await db.EnsureCourseInCatalogueAsync(courseId, cancellationToken);
        }

        var furthest = await FurthestStepsAsync(period, query.CourseId, cancellationToken);
        var steps = new List<FunnelStepDto>();
        foreach (var step in Enum.GetValues<FunnelStepKind>())
        {
            var users = furthest.Where(f => f.Step >= (int)step).Sum(f => f.Users);
            steps.Add(new FunnelStepDto(step, users, steps.Count == 0 ? null : Ratio.Of(users, steps[^1].Users), Ratio.Of(users, steps.Count == 0 ? users : steps[0].Users)));
        }

        return new FunnelDto(query.CourseId, steps);
    }

    private async Task<List<(int Step, int Users)>> FurthestStepsAsync(AnalyticsPeriod period, Guid? courseId, CancellationToken cancellationToken)
    {
        var views = db.CourseViews(period);
        if (courseId is { } id)
        {
            views = views.Where(e => e.CourseId == id);
        }

        var visits = db.CourseDetailVisits(period);
        var placed = db.PlacedCourseLines(period);
        var paid = db.PaidCourseLines(period);
        var openings = db.LessonOpenings.Where(period.Covers<LessonOpening>(o => o.OpenedAt));
        var studied = db.LessonProgress.Where(period.Covers<LessonProgress>(p => p.UpdatedAt));
        var doneByEnd = db.LessonProgress.Where(p => p.CompletedAt != null && p.CompletedAt < period.EndsAt);
        var doneWithin = db.LessonProgress.Where(p => p.CompletedAt != null).Where(period.Covers<LessonProgress>(p => p.CompletedAt!.Value));
        var rows = await views
            .Select(e => new { e.UserId, e.CourseId })
            .Distinct()
            .Select(v => new
            {
                v.UserId,
                Step = !visits.Any(e => e.UserId == v.UserId && e.CourseId == v.CourseId) ? (int)FunnelStepKind.View
                    : !placed.Any(l => l.UserId == v.UserId && l.CourseId == v.CourseId) ? (int)FunnelStepKind.CourseDetail
                    : !paid.Any(l => l.UserId == v.UserId && l.CourseId == v.CourseId) ? (int)FunnelStepKind.OrderCreated
                    : !(openings.Any(o => o.UserId == v.UserId && o.CourseId == v.CourseId) || studied.Any(p => p.UserId == v.UserId && p.CourseId == v.CourseId))
                        ? (int)FunnelStepKind.Paid
                    : !(db.Courses.Any(c => c.Id == v.CourseId && c.LessonCount > 0
                            && doneByEnd.Count(p => p.UserId == v.UserId && p.CourseId == v.CourseId) >= c.LessonCount)
                        && doneWithin.Any(p => p.UserId == v.UserId && p.CourseId == v.CourseId))
                        ? (int)FunnelStepKind.FirstLesson
                    : (int)FunnelStepKind.Completed,
            })
            .GroupBy(v => v.UserId)
            .Select(g => g.Max(v => v.Step))
            .GroupBy(step => step)
            .Select(g => new { Step = g.Key, Users = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Step, r.Users))];
    }
}
