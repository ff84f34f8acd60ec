using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class TrainingAucTests
{
    [Fact]
    public void CountsTheCorrectlyOrderedPairsOfEachUserAmongExamplesInAnyOrder()
    {
        // Course k is [k, 0]; user a is [1, 1] and scores course k as k, user b is [−1, 1] and scores it as −k.
        UserFeatures[] users = [UserFeatures.None("a"), UserFeatures.None("b")];
        var courses = Enumerable.Range(0, 4).Select(course => CourseFeatures.None($"c{course}")).ToArray();
        var model = new RecommenderModel(
            1, DateTimeOffset.UnixEpoch, new RecommenderMetrics(0, 2, 4, 0, 0), 2, courses, [0, 0, 1, 0, 2, 0, 3, 0],
            new float[4], ["a", "b"], [1, 1, -1, 1], [], []);
        var space = FeatureSpace.Of(new RecommenderTrainingSet([], users, courses));
        // a took course 2 and was shown 1 and 3: 2 beats 1 only (1 of 2 pairs); b took 0 and was shown 1, 2 and 3: 0
        // beats all three (3 of 3). The users' examples are interleaved.
        TrainingExample[] examples =
        [
            new(0, 2, true, 1f), new(1, 1, false, 1f), new(0, 1, false, 1f), new(1, 0, true, 1f),
            new(1, 2, false, 1f), new(0, 3, false, 1f), new(1, 3, false, 1f),
        ];

        Assert.Equal(4.0 / 5, TrainingAuc.Of(model, space, examples), 12);
    }
}
