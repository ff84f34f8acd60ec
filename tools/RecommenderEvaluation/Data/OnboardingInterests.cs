namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>
/// What a user "told us at onboarding", on data that has no onboarding: a seeded random sample of each user's
/// interactions is set aside, the features (genres) most frequent among the sampled items become the user's stated
/// interests, and the sample leaves the data before any split. No item that is later trained on or scored ever shows
/// through the interests; the sample plays the part of the few things a learner names when they sign up.
/// </summary>
public static class OnboardingInterests
{
    /// <param name="sampleSize">Interactions set aside per user; a user keeps at least half of their own.</param>
    /// <param name="interestCount">Interests per user, the most frequent features of the sample (ties broken at random).</param>
    public static (IReadOnlyList<Interaction> Kept, IReadOnlyDictionary<int, string[]> Interests) Draw(
        IReadOnlyList<Interaction> interactions,
        IReadOnlyDictionary<int, string[]> itemFeatures,
        int sampleSize,
        int interestCount,
        int seed)
    {
        var random = new Random(seed);
        var rest = new List<Interaction>();
        var interests = new Dictionary<int, string[]>();
        foreach (var user in interactions.GroupBy(interaction => interaction.User).OrderBy(group => group.Key))
        {
            var shuffled = user.ToArray();
            random.Shuffle(shuffled);
            var sampled = Math.Min(sampleSize, shuffled.Length / 2);
            var features = shuffled[..sampled]
                .SelectMany(interaction => itemFeatures.GetValueOrDefault(interaction.Item) ?? [])
                .CountBy(feature => feature)
                .ToArray();
            random.Shuffle(features);
            interests[user.Key] = [.. features.OrderByDescending(feature => feature.Value).Take(interestCount).Select(feature => feature.Key)];
            rest.AddRange(shuffled[sampled..].OrderBy(interaction => interaction.Item));
        }

        return (rest, interests);
    }
}
