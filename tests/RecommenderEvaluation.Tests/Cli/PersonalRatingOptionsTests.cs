using KnowledgePay.RecommenderEvaluation.Cli;

namespace KnowledgePay.RecommenderEvaluation.Tests.Cli;

public sealed class PersonalRatingOptionsTests
{
    [Fact]
    public void ReadsThePersonalRatingShareAndThePredictorsMembersIntoTheHybridsOptions()
    {
        var options = EvaluationOptions.Parse(["--ratings", "r.csv", "--personal-rating", "0.3", "--rating-members", "4"]);

        Assert.Equal((0.3f, 4), (options.Hybrid.PersonalRatingWeight, options.Hybrid.RatingPredictorMembers));
    }

    [Fact]
    public void LeavesThePersonalRatingPartOutByDefault()
    {
        var options = EvaluationOptions.Parse(["--ratings", "r.csv"]);

        Assert.Equal((0f, 20), (options.Hybrid.PersonalRatingWeight, options.Hybrid.RatingPredictorMembers));
    }
}
