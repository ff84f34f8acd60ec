using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Application.Recommendations;

/// <summary>What a user told us about themselves; the demographic part of their model features.</summary>
public sealed record Demographics(Gender Gender, AgeBand AgeBand, string? Occupation, string? City);

/// <summary>
/// Turns profiles (用户画像 and content profiles) into the recommender's features. Training and serving both build
/// features here, so a user's vector at request time is made exactly as in training, only from fresher data.
/// Keys are ids in their default text form.
/// </summary>
public static class ProfileFeatures
{
    /// <summary>The strongest interests and categories that make it into the features; the tail says little.</summary>
    public const int MaxInterestTags = 20;

    public const int MaxCategories = 10;

    public static string Key(Guid id) => id.ToString();

    public static Guid IdOf(string key) => Guid.Parse(key);

    public static CourseFeatures Course(CourseContentProfileDto profile) => new(
        Key(profile.CourseId),
        [.. profile.TagIds.Select(Key)],
        Key(profile.CategoryId),
        Key(profile.CreatorId),
        [.. profile.LessonKinds.Select(kind => kind.ToString())],
        profile.PriceBand.ToString(),
        profile.PublishedAt)
    {
        Ratings = new CourseRatings(profile.RatingCount, profile.RatingAverage),
    };

    /// <summary>
    /// Interests and categories are scaled so the strongest counts 1 (profile scores grow with activity; the model
    /// should see what a user prefers, not how busy they are).
    /// </summary>
    public static UserFeatures User(
        Guid userId,
        IEnumerable<(Guid Id, double Score)> interestTags,
        IEnumerable<(Guid Id, double Score)> categories,
        IEnumerable<Guid> followedCreators,
        Demographics demographics,
        PriceBand? priceBand) => new(
        Key(userId),
        Strongest(interestTags, MaxInterestTags),
        Strongest(categories, MaxCategories),
        [.. followedCreators.Distinct().Order().Select(Key)],
        DemographicKeys(demographics),
        priceBand?.ToString());

    private static WeightedFeature[] Strongest(IEnumerable<(Guid Id, double Score)> scores, int count)
    {
        var top = scores.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Id).Take(count).ToArray();
        return top.Length == 0 ? [] : [.. top.Select(s => new WeightedFeature(Key(s.Id), (float)(s.Score / top[0].Score)))];
    }

    private static string[] DemographicKeys(Demographics demographics)
    {
        var keys = new List<string>();
        if (demographics.Gender != Gender.Unspecified)
        {
            keys.Add($"gender:{demographics.Gender}");
        }

        if (demographics.AgeBand != AgeBand.Unspecified)
        {
            keys.Add($"age:{demographics.AgeBand}");
        }

        if (!string.IsNullOrWhiteSpace(demographics.Occupation))
        {
            keys.Add($"occupation:{demographics.Occupation.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(demographics.City))
        {
            keys.Add($"city:{demographics.City.Trim()}");
        }

        return [.. keys];
    }
}
