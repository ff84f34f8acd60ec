using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.ImplicitAls;

public sealed class LatentFactorsTests
{
    [Theory]
    [InlineData(3, 5)]
    [InlineData(2_500, 37)]
    [InlineData(1_030, 64)]
    public void TheGramianIsTheSumOfEveryRowsOuterProduct(int count, int dimension)
    {
        var random = new Random(count);
        var factors = new LatentFactors(count, dimension);
        for (var index = 0; index < factors.Values.Length; index++)
        {
            factors.Values[index] = (float)(random.NextDouble() - 0.5);
        }

        var gramian = factors.Gramian();

        for (var a = 0; a < dimension; a++)
        {
            for (var b = 0; b < dimension; b++)
            {
                var expected = 0.0;
                for (var row = 0; row < count; row++)
                {
                    expected += (double)factors.Row(row)[a] * factors.Row(row)[b];
                }

                Assert.Equal(expected, gramian[(a * dimension) + b], 1e-5 * count);
            }
        }
    }

    [Fact]
    public void TheGramianDoesNotDependOnTheThreadsThatSumIt()
    {
        var factors = new LatentFactors(5_000, 24);
        var random = new Random(5);
        for (var index = 0; index < factors.Values.Length; index++)
        {
            factors.Values[index] = (float)random.NextDouble();
        }

        var first = factors.Gramian();

        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(first, factors.Gramian()));
    }

    [Fact]
    public void FactorsOverGivenValuesReadThemInPlaceAndNeedExactlyTheirRows()
    {
        float[] values = [1, 2, 3, 4, 5, 6];
        var factors = new LatentFactors(3, 2, values);

        values[3] = 9;

        Assert.Equal([3f, 9f], factors.Row(1).ToArray());
        Assert.Throws<ArgumentException>(() => new LatentFactors(2, 2, values));
    }
}
