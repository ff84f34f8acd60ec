using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Tests;

/// <summary>Small generated data sets with a known structure, seeded so every run sees the same data.</summary>
internal static class SyntheticData
{
    /// <summary>
    /// Two taste clusters: users below <paramref name="majorityUsers"/> interact only with items 0–49, the rest only
    /// with items 50–99, so the globally popular items are the majority's and useless to the minority.
    /// </summary>
    public static Interaction[] TwoClusters(int seed, int majorityUsers = 60, int users = 100, int itemsPerUser = 15)
    {
        var random = new Random(seed);
        var interactions = new List<Interaction>();
        for (var user = 0; user < users; user++)
        {
            var firstItem = user < majorityUsers ? 0 : 50;
            var items = Enumerable.Range(firstItem, 50).ToArray();
            random.Shuffle(items);
            interactions.AddRange(items.Take(itemsPerUser).Select((item, order) => new Interaction(user, item, 1f, order)));
        }

        return interactions.ToArray();
    }

    /// <summary>Ratings 1–5 from a rank-3 model plus biases and noise, a third of the matrix observed.</summary>
    public static Interaction[] LowRankRatings(int seed, int users = 200, int items = 120)
    {
        var random = new Random(seed);
        var userVectors = Vectors(random, users);
        var itemVectors = Vectors(random, items);
        var itemBias = Enumerable.Range(0, items).Select(_ => random.NextDouble() - 0.5).ToArray();
        var interactions = new List<Interaction>();
        for (var user = 0; user < users; user++)
        {
            for (var item = 0; item < items; item++)
            {
                if (random.NextDouble() < 1.0 / 3)
                {
                    var affinity = userVectors[user].Zip(itemVectors[item], (left, right) => left * right).Sum();
                    var rating = 3 + itemBias[item] + affinity + (random.NextDouble() - 0.5) * 0.5;
                    interactions.Add(new Interaction(user, item, (float)Math.Clamp(Math.Round(rating * 2) / 2, 1, 5), item));
                }
            }
        }

        return interactions.ToArray();
    }

    private static double[][] Vectors(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 3).Select(_ => random.NextDouble() * 2 - 1).ToArray()).ToArray();
}
