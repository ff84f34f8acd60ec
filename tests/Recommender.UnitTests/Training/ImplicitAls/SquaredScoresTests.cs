using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.ImplicitAls;

public sealed class SquaredScoresTests
{
    [Fact]
    public void AHandComputedCase()
    {
        // Scores: (1,0)·(1,2) = 1, (1,0)·(0,3) = 0, (1,1)·(1,2) = 3, (1,1)·(0,3) = 3: 1 + 0 + 9 + 9 = 19.
        var users = Factors(2, 2, [1, 0, 1, 1]);
        var courses = Factors(2, 2, [1, 2, 0, 3]);

        Assert.Equal(19.0, users.SumOfSquaredScores(courses), 10);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(40, 0)]
    [InlineData(0, 60)]
    [InlineData(24, 200)]
    [InlineData(7, 33)]
    public void EqualsTheSumOverEveryPairOfDenseAndOneHotColumns(int denseColumns, int oneHotColumns)
    {
        // Courses as the EASE part leaves them: a dense part and, for some, one non-zero coordinate of their own.
        var random = new Random(denseColumns + oneHotColumns);
        var dimension = denseColumns + oneHotColumns + 3;
        var courses = new LatentFactors(250, dimension);
        for (var course = 0; course < courses.Count; course++)
        {
            var row = courses.Row(course);
            for (var column = 0; column < denseColumns; column++)
            {
                row[column] = (float)(random.NextDouble() - 0.5);
            }

            if (course < oneHotColumns)
            {
                row[denseColumns + course] = (float)random.NextDouble();
            }

            // Column dimension − 3 stays zero; the last two are non-zero in every tenth course only.
            if (course % 10 == 0)
            {
                row[^1] = 0.5f;
                row[^2] = -0.25f;
            }
        }

        var users = new LatentFactors(103, dimension);
        for (var index = 0; index < users.Values.Length; index++)
        {
            users.Values[index] = (float)(random.NextDouble() - 0.5);
        }

        var expected = 0.0;
        for (var user = 0; user < users.Count; user++)
        {
            for (var course = 0; course < courses.Count; course++)
            {
                var score = 0.0;
                for (var column = 0; column < dimension; column++)
                {
                    score += (double)users.Row(user)[column] * courses.Row(course)[column];
                }

                expected += score * score;
            }
        }

        Assert.Equal(expected, users.SumOfSquaredScores(courses), expected * 1e-5);
    }

    [Fact]
    public void TheSumIsTheSameToTheLastBitEveryTimeWhicheverThreadsSumItsRows()
    {
        // A hundred thousand rows make many groups for the thread pool; partial sums taken by whichever thread ran which
        // rows could differ in their last bits from run to run on a machine with more cores.
        var random = new Random(5);
        var users = new LatentFactors(100_000, 8);
        var courses = new LatentFactors(300, 8);
        foreach (var values in new[] { users.Values, courses.Values })
        {
            for (var index = 0; index < values.Length; index++)
            {
                // Magnitudes over six orders, so that the order of the additions shows in the last bits.
                values[index] = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 3)));
            }
        }

        var first = users.SumOfSquaredScores(courses);

        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(BitConverter.DoubleToInt64Bits(first), BitConverter.DoubleToInt64Bits(users.SumOfSquaredScores(courses))));
    }

    private static LatentFactors Factors(int count, int dimension, float[] values)
    {
        var factors = new LatentFactors(count, dimension);
        values.CopyTo(factors.Values);
        return factors;
    }
}
