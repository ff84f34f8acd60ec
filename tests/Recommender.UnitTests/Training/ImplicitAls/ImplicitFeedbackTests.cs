using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.ImplicitAls;

public sealed class ImplicitFeedbackTests
{
    [Fact]
    public void RepeatedPairsAddUpAndPairsWithoutWeightAreLeftOut()
    {
        var feedback = ImplicitFeedback.Of(3, 4, [(2, 3, 1f), (0, 1, 1f), (2, 0, 0f), (0, 1, 2f), (2, 1, 1f)]);

        Assert.Equal([1], feedback.Columns(0).ToArray());
        Assert.Equal([3f], feedback.Weights(0).ToArray());
        Assert.True(feedback.Columns(1).IsEmpty);
        Assert.Equal([1, 3], feedback.Columns(2).ToArray());
        Assert.Equal(3, feedback.PairCount);
    }

    [Fact]
    public void TransposeListsEachColumnsRowsWithTheirWeights()
    {
        var transposed = ImplicitFeedback.Of(3, 2, [(0, 1, 2f), (2, 1, 5f), (1, 0, 1f)]).Transpose();

        Assert.Equal(2, transposed.RowCount);
        Assert.Equal(3, transposed.ColumnCount);
        Assert.Equal([1], transposed.Columns(0).ToArray());
        Assert.Equal([0, 2], transposed.Columns(1).ToArray());
        Assert.Equal([2f, 5f], transposed.Weights(1).ToArray());
    }
}
