using System.Linq.Expressions;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>The <paramref name="First"/> catalogue courses highest by <paramref name="By"/> within a range.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetTopCoursesQuery(AnalyticsRange Range, CourseRanking By = CourseRanking.Gmv, int First = GetTopCoursesQuery.DefaultFirst)
    : IQuery<IReadOnlyList<CourseStatisticsDto>>
{
    public const int DefaultFirst = 10;
}

/// <summary>The database ranks the courses' figures (ties by GMV, then id) and returns only the first rows.</summary>
internal sealed class GetTopCoursesQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods)
    : IQueryHandler<GetTopCoursesQuery, IReadOnlyList<CourseStatisticsDto>>
{
    /// <summary>Below every rate, so courses without a denominator rank last.</summary>
    private const double Unmeasured = -1;

    public async ValueTask<IReadOnlyList<CourseStatisticsDto>> Handle(GetTopCoursesQuery query, CancellationToken cancellationToken)
    {
        if (query.First is < 1 or > CourseAnalyticsLimits.MaxTopCourses)
        {
            throw CourseAnalyticsErrors.InvalidTopCoursesCount(query.First);
        }

        var period = periods.Resolve(query.Range);
        var top = await db.FiguresOf(period)
            .OrderByDescending(Measure(query.By))
            .ThenByDescending(f => f.GmvFen)
            .ThenBy(f => f.CourseId)
            .Take(query.First)
            .ToListAsync(cancellationToken);
        return [.. top.Select(f => CourseStatisticsDto.Of(f, query.Range))];
    }

    private static Expression<Func<CourseFigures, double>> Measure(CourseRanking by) => by switch
    {
        CourseRanking.Views => f => f.Views,
        CourseRanking.Conversion => f => f.Viewers == 0 ? Unmeasured : (double)f.Buyers / f.Viewers,
        CourseRanking.RefundRate => f => f.GmvFen == 0 ? Unmeasured : (double)f.RefundedFen / f.GmvFen,
        CourseRanking.Rating => f => f.Ratings == 0 ? Unmeasured : (double)f.Stars / f.Ratings,
        CourseRanking.Completion => f => f.Learners == 0 ? Unmeasured : (double)f.Completers / f.Learners,
        _ => f => f.GmvFen,
    };
}
