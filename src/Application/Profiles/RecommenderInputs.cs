using System.Runtime.CompilerServices;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.Recommender.Features;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Profiles;

/// <summary>One user's decayed, kind-weighted interest in one course (implicit feedback for training).</summary>
public sealed record UserCourseInteraction(Guid UserId, Guid CourseId, double Weight, int EventCount, bool Purchased, int LastDay);

/// <summary>What a consenting user told us about themselves: onboarding interests and demographics.</summary>
public sealed record UserFeatures(Guid UserId, IReadOnlyList<Guid> InterestTagIds, Gender Gender, AgeBand AgeBand, string? Occupation, string? City);

/// <summary>
/// The recommender's bulk reads, for training and for precomputing vectors. Only users with personalisation consent
/// appear: behaviour of the others is neither stored from now on nor used.
/// </summary>
public static class RecommenderInputs
{
    /// <summary>
    /// Every consenting user's interactions since <paramref name="since"/>, one per user and course, ordered by user then
    /// course and streamed: the database groups events per user, course, kind and day; this folds each user and course.
    /// </summary>
    public static async IAsyncEnumerable<UserCourseInteraction> StreamInteractionsAsync(
        this IApplicationDbContext db,
        DateTimeOffset since,
        DateTimeOffset now,
        ProfileOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = ProfileReads.Today(now);
        var rows = db.BehaviourEvents.AsNoTracking()
            .Where(e => e.OccurredOnDay >= BehaviourEvent.DayNumber(since))
            .Where(e => db.Users.Any(u => u.Id == e.UserId && u.PersonalisationConsent))
            .GroupBy(e => new { e.UserId, e.CourseId, e.Kind, e.OccurredOnDay })
            .Select(g => new { g.Key.UserId, g.Key.CourseId, g.Key.Kind, Day = g.Key.OccurredOnDay, Count = g.Count(), Progress = g.Sum(e => e.ProgressPercent ?? 0) })
            .OrderBy(r => r.UserId)
            .ThenBy(r => r.CourseId)
            .AsAsyncEnumerable();

        UserCourseInteraction? current = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var weight = new DailyEvents(row.CourseId, row.Kind, row.Day, row.Count, row.Progress).DecayedWeight(today, options.HalfLifeDays);
            if (current is not null && (current.UserId != row.UserId || current.CourseId != row.CourseId))
            {
                yield return current;
                current = null;
            }

            current = current is null
                ? new UserCourseInteraction(row.UserId, row.CourseId, weight, row.Count, row.Kind == BehaviourEventKind.Purchase, row.Day)
                : current with
                {
                    Weight = current.Weight + weight,
                    EventCount = current.EventCount + row.Count,
                    Purchased = current.Purchased || row.Kind == BehaviourEventKind.Purchase,
                    LastDay = Math.Max(current.LastDay, row.Day),
                };
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>
    /// Every consenting user's behaviour events since <paramref name="since"/> counted per course by platform (events that
    /// name one) and by <see cref="Daypart"/> in <paramref name="zone"/>, grouped in SQL (at most courses × platforms × 4
    /// rows). The zone's offset at <paramref name="now"/> cuts the days: exact for zones without daylight saving
    /// (Asia/Shanghai), an hour off around a transition otherwise.
    /// </summary>
    public static async Task<List<ContextCount>> ContextCountsAsync(
        this IApplicationDbContext db, DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var offsetMinutes = (long)zone.GetUtcOffset(now).TotalMinutes;
        var rows = await db.BehaviourEvents.AsNoTracking()
            .Where(e => e.OccurredOnDay >= BehaviourEvent.DayNumber(since))
            .Where(e => db.Users.Any(u => u.Id == e.UserId && u.PersonalisationConsent))
            .GroupBy(e => new
            {
                e.CourseId,
                e.Platform,
                Block = (SqlTime.EpochMinutes(e.OccurredAt) + offsetMinutes) / Daypart.MinutesPerPart % Daypart.Names.Count,
            })
            .Select(g => new { g.Key.CourseId, g.Key.Platform, g.Key.Block, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Where(row => row.Platform is not null).Select(row => new ContextCount(
                Recommendations.ProfileFeatures.Key(row.CourseId), FeatureToken.Of(FeatureToken.Platform, row.Platform!), row.Count)),
            .. rows.Select(row => new ContextCount(
                Recommendations.ProfileFeatures.Key(row.CourseId), FeatureToken.Of(FeatureToken.Daypart, Daypart.OfBlock((int)row.Block)), row.Count)),
        ];
    }

    /// <summary>Every consenting user's own features, streamed in id order.</summary>
    public static async IAsyncEnumerable<UserFeatures> StreamUserFeaturesAsync(
        this IApplicationDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().Where(u => u.PersonalisationConsent).OrderBy(u => u.Id).AsAsyncEnumerable();
        await foreach (var user in users.WithCancellation(cancellationToken))
        {
            yield return new UserFeatures(
                user.Id, [.. user.InterestTagIds], user.Profile.Gender, user.Profile.AgeBand, user.Profile.Occupation, user.Profile.City);
        }
    }

    /// <summary>The content profile of every published course (three statements); per user, see <see cref="UserPortraits.PortraitAsync"/>.</summary>
    public static Task<List<CourseContentProfileDto>> PublishedCourseProfilesAsync(
        this IApplicationDbContext db, DateTimeOffset now, ProfileOptions options, CancellationToken cancellationToken) =>
        db.ContentProfilesAsync(db.Courses.Where(c => c.Status == CourseStatus.Published), options, now, cancellationToken);
}
