using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class TrainingExamplesTests
{
    [Fact]
    public void PositivesAreEachPairsSummedWeightAsAGroupingByPairSumsIt()
    {
        var random = new Random(11);
        // 30 users × 40 courses, 3,000 interactions: most pairs repeat; weights of either sign, so some pairs sum to
        // zero or less and are left out, and sums that depend on their order would show.
        var interactions = Enumerable.Range(0, 3_000)
            .Select(_ => new Interaction(
                $"u{random.Next(30)}", $"c{random.Next(40)}", (float)(random.NextDouble() * 3.7) - 1.2f, DateTimeOffset.UnixEpoch))
            .ToArray();
        var space = FeatureSpace.Of(new RecommenderTrainingSet(interactions, [], []));
        var expected = interactions
            .GroupBy(interaction => (User: space.UserIndex[interaction.UserKey], Course: space.CourseIndex[interaction.CourseKey]))
            .Select(pair => new TrainingExample(pair.Key.User, pair.Key.Course, true, pair.Sum(interaction => interaction.Weight)))
            .Where(example => example.Weight > 0f)
            .OrderBy(example => example.User)
            .ThenBy(example => example.Course)
            .ToArray();

        var positives = TrainingExamples.Positives(interactions, space);

        Assert.InRange(expected.Length, 400, 1_199);
        Assert.Equal(expected, positives);
    }
}
