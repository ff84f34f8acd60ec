using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class FeatureSpaceTests
{
    [Fact]
    public void ATrainingSetsSpaceIsBuiltOnceEvenWhenItsPartsAskAtOnceAndAnotherSetGetsItsOwn()
    {
        var at = DateTimeOffset.UnixEpoch;
        var data = new RecommenderTrainingSet(
            [new Interaction("u1", "go", 1f, at), new Interaction("u2", "rust", 1f, at)], [UserFeatures.None("u1")], [CourseFeatures.None("go")]);

        var spaces = new FeatureSpace[8];
        Parallel.For(0, spaces.Length, part => spaces[part] = FeatureSpace.Of(data));
        var other = FeatureSpace.Of(data with { Interactions = [new Interaction("u3", "go", 1f, at)] });

        Assert.All(spaces, space => Assert.Same(spaces[0], space));
        Assert.Equal(["u1", "u2"], spaces[0].Users.Select(user => user.UserKey));
        Assert.NotSame(spaces[0], other);
        Assert.Equal(["u1", "u3"], other.Users.Select(user => user.UserKey));
    }
}
