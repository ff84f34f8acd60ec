using KnowledgePay.RecommenderEvaluation.Cli;

namespace KnowledgePay.RecommenderEvaluation.Tests.Cli;

public sealed class EvaluationOptionsTests
{
    [Fact]
    public void ReadsRepeatsAndTheRatingMapping()
    {
        var options = EvaluationOptions.Parse(
            ["--ratings", "r.csv", "--repeats", "5", "--disliked-below", "2.5", "--rating-prior", "0.3"]);

        Assert.Equal(5, options.Repeats);
        Assert.Equal(2.5f, options.DislikedBelow);
        Assert.Equal(0.3f, options.Hybrid.RatingPriorWeight);
    }

    [Theory]
    [InlineData("--repeats", "0")]
    [InlineData("--repeats", "-2")]
    [InlineData("--no-such-option", "1")]
    public void RefusesWhatItCannotRun(string option, string value) =>
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--ratings", "r.csv", option, value]));
}
