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

    /// <summary>
    /// Holds out a seeded random <paramref name="testFraction"/> of the users (rounded) with all their interactions:
    /// the model never sees them, so they are evaluated as new users.
    /// </summary>
    public static DataSplit UserHoldout(IReadOnlyList<Interaction> interactions, double testFraction, int seed)
    {
        var heldOut = HoldOut(interactions.Select(interaction => interaction.User), testFraction, seed);
        return Partition(interactions, interaction => heldOut.Contains(interaction.User));
    }

    /// <summary>
    /// Holds out a seeded random <paramref name="testFraction"/> of the items (rounded) with all their interactions:
    /// the model never sees them, and only they are ranked, so they are evaluated as new courses.
    /// </summary>
    public static DataSplit ItemHoldout(IReadOnlyList<Interaction> interactions, double testFraction, int seed)
    {
        var heldOut = HoldOut(interactions.Select(interaction => interaction.Item), testFraction, seed);
        return Partition(interactions, interaction => heldOut.Contains(interaction.Item)) with { Candidates = [.. heldOut.Order()] };
    }

    /// <summary>A fixed pair read by <see cref="InteractionCsvReader.ReadTrainAndTest(string, string)"/>: train rows first.</summary>
    public static DataSplit Fixed(InteractionData data)
    {
        var trainCount = data.TrainCount ?? throw new InvalidOperationException("The data was not read as a train/test pair.");
        return new DataSplit([.. data.Interactions.Take(trainCount)], [.. data.Interactions.Skip(trainCount)]);
    }

    private static HashSet<int> HoldOut(IEnumerable<int> ids, double fraction, int seed)
    {
        var distinct = ids.Distinct().Order().ToArray();
        new Random(seed).Shuffle(distinct);
        return [.. distinct.Take((int)Math.Round(distinct.Length * fraction, MidpointRounding.AwayFromZero))];
    }

    private static DataSplit Partition(IReadOnlyList<Interaction> interactions, Func<Interaction, bool> isTest) =>
        new([.. interactions.Where(interaction => !isTest(interaction))], [.. interactions.Where(isTest)]);

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
