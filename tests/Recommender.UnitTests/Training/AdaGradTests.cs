using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class AdaGradTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(32)]
    [InlineData(37)]
    public void StepsEveryElementAsTheTextbookFormulaDoes(int length)
    {
        var random = new Random(length);
        var parameters = Values(random, length);
        var squares = Values(random, length).Select(value => 1f + MathF.Abs(value)).ToArray();
        var direction = Values(random, length);
        var expectedParameters = parameters.ToArray();
        var expectedSquares = squares.ToArray();
        for (var index = 0; index < length; index++)
        {
            var gradient = (0.7f * direction[index]) + (0.01f * expectedParameters[index]);
            expectedSquares[index] += gradient * gradient;
            expectedParameters[index] -= 0.05f * gradient / MathF.Sqrt(expectedSquares[index]);
        }

        AdaGrad.Step(parameters, squares, direction, scale: 0.7f, lambda: 0.01f, rate: 0.05f);

        Assert.Equal(expectedSquares, squares, (left, right) => MathF.Abs(left - right) <= 1e-6f * MathF.Abs(right));
        Assert.Equal(expectedParameters, parameters, (left, right) => MathF.Abs(left - right) <= 1e-6f);
    }

    private static float[] Values(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
}
