using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Popularity as the product would have served it when a user arrived: only interactions before their first one
/// count, each weighted by 0.5^(age / half-life) as the product's training data is (time-decayed behaviour). With no
/// interaction before the arrival, all of them count alike. The arrival is the user's first timestamp in the whole
/// data set: when they came, not what they took.
/// </summary>
public sealed class ArrivalPopularity(IReadOnlyDictionary<int, long> arrivals, double halfLifeDays)
{
    private const double SecondsPerDay = 86_400;

    public string Describe() => $"popularity at arrival (half-life {halfLifeDays} d)";

    public float[] For(int user, IReadOnlyList<Interaction> training, int itemCount)
    {
        var popularity = new float[itemCount];
        var arrival = arrivals.GetValueOrDefault(user, long.MaxValue);
        foreach (var interaction in training)
        {
            if (interaction.Timestamp < arrival)
            {
                popularity[interaction.Item] += (float)Math.Pow(0.5, (arrival - interaction.Timestamp) / SecondsPerDay / halfLifeDays);
            }
        }

        if (popularity.All(value => value == 0f))
        {
            foreach (var interaction in training)
            {
                popularity[interaction.Item]++;
            }
        }

        return popularity;
    }

    public static IReadOnlyDictionary<int, long> FirstTimestamps(IEnumerable<Interaction> interactions) =>
        interactions.GroupBy(interaction => interaction.User).ToDictionary(user => user.Key, user => user.Min(interaction => interaction.Timestamp));
}
