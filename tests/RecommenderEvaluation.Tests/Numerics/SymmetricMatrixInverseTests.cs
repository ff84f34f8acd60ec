using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.RecommenderEvaluation.Tests.Numerics;

public sealed class SymmetricMatrixInverseTests
{
    [Fact]
    public void InvertsAHandComputedMatrix()
    {
        // XᵀX + I of the four-user example in BaselineTests; its inverse worked out with exact fractions.
        double[] matrix = [3, 2, 1, 0, 2, 4, 2, 0, 1, 2, 4, 1, 0, 0, 1, 2];

        SymmetricMatrixInverse.InvertInPlace(matrix, 4);

        double[] expected = [0.5, -0.25, 0, 0, -0.25, 19.0 / 40, -0.2, 0.1, 0, -0.2, 0.4, -0.2, 0, 0.1, -0.2, 0.6];
        Assert.All(expected.Zip(matrix), pair => Assert.Equal(pair.First, pair.Second, 12));
    }
}
