using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Splits;

public static class DataSplitter
{
    /// <summary>Holds out a random <paramref name="testFraction"/> of every user's interactions (rounded).</summary>
    public static DataSplit RandomPerUser(IReadOnlyList<Interaction> interactions, double testFraction, int seed)
    {
        var random = new Random(seed);
        return PerUser(interactions, testFraction, userInteractions =>
        {
            var shuffled = userInteractions.ToArray();
            random.Shuffle(shuffled);
            return shuffled;
        });
    }

    /// <summary>
    /// <paramref name="repeats"/> random splits of seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, …: one
    /// split's luck moves a ranking metric by a few per cent, their mean much less.
    /// </summary>
    public static IEnumerable<DataSplit> RepeatedRandomPerUser(IReadOnlyList<Interaction> interactions, double testFraction, int seed, int repeats) =>
        Enumerable.Range(seed, repeats).Select(splitSeed => RandomPerUser(interactions, testFraction, splitSeed));

    /// <summary>Holds out every user's latest <paramref name="testFraction"/> of interactions by timestamp.</summary>
    public static DataSplit ByTimePerUser(IReadOnlyList<Interaction> interactions, double testFraction) =>
        PerUser(interactions, testFraction, userInteractions => userInteractions.OrderBy(interaction => interaction.Timestamp).ToArray());

    /// <summary>Shuffles all interactions once and yields each of <paramref name="folds"/> parts as the test set in turn.</summary>
    public static IEnumerable<DataSplit> KFold(IReadOnlyList<Interaction> interactions, int folds, int seed)
    {
        var shuffled = interactions.ToArray();
        new Random(seed).Shuffle(shuffled);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<Interaction>();
            var test = new List<Interaction>();
            for (var position = 0; position < shuffled.Length; position++)
            {
                (position % folds == fold ? test : train).Add(shuffled[position]);
            }

            yield return new DataSplit(train, test);
        }
    }

    private static DataSplit PerUser(
        IReadOnlyList<Interaction> interactions,
        double testFraction,
        Func<IEnumerable<Interaction>, Interaction[]> orderTestLast)
    {
        var train = new List<Interaction>();
        var test = new List<Interaction>();
        foreach (var userInteractions in interactions.GroupBy(interaction => interaction.User).OrderBy(group => group.Key))
        {
            var ordered = orderTestLast(userInteractions);
            var trainCount = ordered.Length - (int)Math.Round(ordered.Length * testFraction, MidpointRounding.AwayFromZero);
            train.AddRange(ordered.Take(trainCount));
            test.AddRange(ordered.Skip(trainCount));
        }

        return new DataSplit(train, test);
    }
}
