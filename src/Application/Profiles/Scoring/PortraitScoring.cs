using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Profiles.Scoring;

/// <summary>A user's scored interests, computed from their recent events and their own onboarding choices.</summary>
public sealed record PortraitScores(
    IReadOnlyList<(Guid TagId, double Score)> Interests,
    IReadOnlyList<(Guid CategoryId, double Score)> Categories,
    PriceBand? PriceBand,
    ActivityLevel ActivityLevel,
    int EventsLast7Days,
    int EventsLast30Days);

/// <summary>The 用户画像 arithmetic: pure, so it is tested without a database.</summary>
public static class PortraitScoring
{
    /// <summary>What an interest chosen at onboarding is worth: as much as five fresh views, and it never fades.</summary>
    public const double OnboardingInterestPrior = 5;

    public static PortraitScores Score(
        IReadOnlyCollection<DailyEvents> events,
        IReadOnlyDictionary<Guid, CourseTraits> courses,
        IReadOnlyCollection<Guid> onboardingTagIds,
        int today,
        double halfLifeDays)
    {
        var tags = onboardingTagIds.Distinct().ToDictionary(id => id, _ => OnboardingInterestPrior);
        var categories = new Dictionary<Guid, double>();
        var priceVotes = new Dictionary<PriceBand, double>();
        foreach (var day in events)
        {
            if (!courses.TryGetValue(day.CourseId, out var course))
            {
                continue;
            }

            var weight = day.DecayedWeight(today, halfLifeDays);
            Add(categories, course.CategoryId, weight);
            foreach (var tagId in course.TagIds)
            {
                Add(tags, tagId, weight);
            }

            if (day.Kind is BehaviourEventKind.View or BehaviourEventKind.Click or BehaviourEventKind.Purchase)
            {
                Add(priceVotes, PriceBands.Of(course.PriceFen), weight);
            }
        }

        var last7 = events.Where(e => e.Day > today - 7).Sum(e => e.Count);
        var last30 = events.Where(e => e.Day > today - 30).Sum(e => e.Count);
        return new PortraitScores(
            Ranked(tags),
            Ranked(categories),
            priceVotes.Count == 0 ? null : priceVotes.MaxBy(vote => vote.Value).Key,
            ActivityLevels.Of(last7, last30),
            last7,
            last30);
    }

    /// <summary>The sum of decayed weights; negative kinds (unfavourite, refund) can cancel but never push it below zero.</summary>
    public static double Popularity(IEnumerable<DailyEvents> events, int today, double halfLifeDays) =>
        Math.Max(0, events.Sum(e => e.DecayedWeight(today, halfLifeDays)));

    private static void Add<TKey>(Dictionary<TKey, double> scores, TKey key, double weight)
        where TKey : notnull =>
        scores[key] = scores.GetValueOrDefault(key) + weight;

    private static List<(TKey, double)> Ranked<TKey>(Dictionary<TKey, double> scores)
        where TKey : notnull =>
        [.. scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Select(s => (s.Key, Math.Round(s.Value, 4)))];
}
