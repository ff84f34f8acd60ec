using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Profiles.Queries;

internal static class ContentProfiles
{
    /// <summary>
    /// Three statements for any number of courses: their traits, their lesson kinds, and their recent events counted per
    /// course, kind and day (the courses' filter runs again as a subquery, so no list of ids is sent twice).
    /// </summary>
    public static async Task<List<CourseContentProfileDto>> ContentProfilesAsync(
        this IApplicationDbContext db,
        IQueryable<Course> courses,
        ProfileOptions options,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var traits = await courses.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.CategoryId,
                c.CreatorId,
                TagIds = c.Tags.Select(t => t.TagId).ToList(),
                c.Price.AmountFen,
                c.Rating.Average,
                c.Rating.Count,
                c.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var lessonKinds = (await courses
                .SelectMany(c => c.Chapters)
                .SelectMany(ch => ch.Lessons, (ch, l) => new { ch.CourseId, l.Kind })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.CourseId, l => l.Kind);
        var today = ProfileReads.Today(now);
        var events = (await db.BehaviourEvents.AsNoTracking()
                .Where(e => courses.Select(c => c.Id).Contains(e.CourseId))
                .DailyEventsAsync(today - options.LookbackDays, cancellationToken))
            .ToLookup(e => e.CourseId);
        return [.. traits.Select(c => new CourseContentProfileDto
        {
            CourseId = c.Id,
            CategoryId = c.CategoryId,
            CreatorId = c.CreatorId,
            TagIds = c.TagIds,
            LessonKinds = [.. lessonKinds[c.Id].Order()],
            PriceFen = c.AmountFen,
            PriceBand = PriceBands.Of(c.AmountFen),
            Popularity = Math.Round(PortraitScoring.Popularity(events[c.Id], today, options.HalfLifeDays), 4),
            RatingAverage = c.Average,
            RatingCount = c.Count,
            PublishedAt = c.PublishedAt,
        })];
    }
}
