using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>One course's reach, sales, refunds, ratings and learning within a range.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetCourseStatisticsQuery(Guid CourseId, AnalyticsRange Range) : IQuery<CourseStatisticsDto>;

internal sealed class GetCourseStatisticsQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods)
    : IQueryHandler<GetCourseStatisticsQuery, CourseStatisticsDto>
{
    public async ValueTask<CourseStatisticsDto> Handle(GetCourseStatisticsQuery query, CancellationToken cancellationToken)
    {
        var period = periods.Resolve(query.Range);
        await db.EnsureCourseInCatalogueAsync(query.CourseId, cancellationToken);
        var figures = await db.FiguresOf(period).SingleAsync(f => f.CourseId == query.CourseId, cancellationToken);
        return CourseStatisticsDto.Of(figures, query.Range);
    }
}
