using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>A course within a range: the key of a batch of drop-off requests.</summary>
public sealed record CourseInRange(Guid CourseId, AnalyticsRange Range);

/// <summary>For each course and range, its lessons in outline order with how far the range's new learners got.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetLessonDropOffsQuery(IReadOnlyCollection<CourseInRange> Courses)
    : IQuery<IReadOnlyDictionary<CourseInRange, IReadOnlyList<LessonDropOffDto>>>;

/// <summary>
/// One statement per range (a request has one): per lesson, the database counts the learners who started it (a progress
/// record or an opening), completed it, and whose furthest started lesson it is, unless they completed every lesson.
/// </summary>
internal sealed class GetLessonDropOffsQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods)
    : IQueryHandler<GetLessonDropOffsQuery, IReadOnlyDictionary<CourseInRange, IReadOnlyList<LessonDropOffDto>>>
{
    public async ValueTask<IReadOnlyDictionary<CourseInRange, IReadOnlyList<LessonDropOffDto>>> Handle(
        GetLessonDropOffsQuery query, CancellationToken cancellationToken)
    {
        var dropOffs = new Dictionary<CourseInRange, IReadOnlyList<LessonDropOffDto>>();
        foreach (var range in query.Courses.GroupBy(c => c.Range))
        {
            var lessons = await DropOffsAsync(periods.Resolve(range.Key), [.. range.Select(c => c.CourseId)], cancellationToken);
            foreach (var course in range)
            {
                dropOffs[course] = lessons.GetValueOrDefault(course.CourseId, []);
            }
        }

        return dropOffs;
    }

    private async Task<Dictionary<Guid, IReadOnlyList<LessonDropOffDto>>> DropOffsAsync(
        AnalyticsPeriod period, IReadOnlyCollection<Guid> courseIds, CancellationToken cancellationToken)
    {
        var learners = db.NewLearners(period);
        var started = db.LessonProgress.Select(p => new { p.UserId, p.LessonId })
            .Concat(db.LessonOpenings.Select(o => new { o.UserId, o.LessonId }));
        var outline = db.Courses
            .Where(c => courseIds.Contains(c.Id))
            .SelectMany(c => c.Chapters)
            .SelectMany(ch => ch.Lessons, (ch, l) => new { ch.CourseId, LessonId = l.Id, Chapter = ch.Position, l.Position });
        var rows = await outline
            .Select(l => new
            {
                l.CourseId,
                l.LessonId,
                l.Chapter,
                l.Position,
                Started = learners.Count(e => e.CourseId == l.CourseId && started.Any(s => s.UserId == e.UserId && s.LessonId == l.LessonId)),
                Completed = learners.Count(e => e.CourseId == l.CourseId
                    && db.LessonProgress.Any(p => p.UserId == e.UserId && p.LessonId == l.LessonId && p.CompletedAt != null)),
                StoppedHere = learners.Count(e => e.CourseId == l.CourseId
                    && started.Any(s => s.UserId == e.UserId && s.LessonId == l.LessonId)
                    && !outline.Any(later => later.CourseId == l.CourseId
                        && (later.Chapter > l.Chapter || (later.Chapter == l.Chapter && later.Position > l.Position))
                        && started.Any(s => s.UserId == e.UserId && s.LessonId == later.LessonId))
                    && db.LessonProgress.Count(p => p.UserId == e.UserId && p.CourseId == l.CourseId && p.CompletedAt != null)
                        < outline.Count(o => o.CourseId == l.CourseId)),
            })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.CourseId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<LessonDropOffDto>)[.. g.OrderBy(r => r.Chapter).ThenBy(r => r.Position)
                    .Select((r, position) => new LessonDropOffDto(r.CourseId, r.LessonId, position, r.Started, r.Completed, r.StoppedHere))]);
    }
}
