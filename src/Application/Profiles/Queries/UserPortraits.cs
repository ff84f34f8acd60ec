using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Profiles.Scoring;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Profiles.Queries;

public static class UserPortraits
{
    /// <summary>Three statements: the user, their events per course, kind and day, and the traits of those courses.</summary>
    public static async Task<UserPortraitDto?> PortraitAsync(
        this IApplicationDbContext db, Guid userId, ProfileOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var today = ProfileReads.Today(now);
        var events = await db.BehaviourEvents.AsNoTracking()
            .Where(e => e.UserId == userId)
            .DailyEventsAsync(today - options.LookbackDays, cancellationToken);
        var courses = await db.CourseTraitsAsync([.. events.Select(e => e.CourseId).Distinct()], cancellationToken);
        var scores = PortraitScoring.Score(events, courses, user.InterestTagIds, today, options.HalfLifeDays);
        return new UserPortraitDto
        {
            UserId = user.Id,
            Interests = [.. scores.Interests.Select(s => new ScoredIdDto(s.TagId, s.Score))],
            Categories = [.. scores.Categories.Select(s => new ScoredIdDto(s.CategoryId, s.Score))],
            PriceBand = scores.PriceBand,
            ActivityLevel = scores.ActivityLevel,
            EventsLast7Days = scores.EventsLast7Days,
            EventsLast30Days = scores.EventsLast30Days,
            PersonalisationConsent = user.PersonalisationConsent,
            Gender = user.Profile.Gender,
            AgeBand = user.Profile.AgeBand,
            Occupation = user.Profile.Occupation,
            City = user.Profile.City,
        };
    }
}
