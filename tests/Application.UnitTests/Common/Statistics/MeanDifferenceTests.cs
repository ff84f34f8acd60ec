using KnowledgePay.Application.Common.Statistics;

namespace KnowledgePay.Application.UnitTests.Common.Statistics;

public sealed class MeanDifferenceTests
{
    [Fact]
    public void MomentsGiveTheMeanAndTheUnbiasedVarianceOfTheirValues()
    {
        double[] values = [1, 2, 3, 4, 10];

        var moments = new SampleMoments(values.Length, values.Sum(), values.Sum(v => v * v));

        Assert.Equal(4, moments.Mean, 10);
        Assert.Equal(12.5, moments.Variance, 10);
    }

    [Fact]
    public void TheWelchIntervalMatchesAHandComputedOne()
    {
        // Conversion 120/1000 against 100/1000: difference 0.02, standard error sqrt(.12·.88/999·1000/1000 + .1·.9/999).
        var treatment = new SampleMoments(1000, 120, 120);
        var control = new SampleMoments(1000, 100, 100);
        var standardError = Math.Sqrt((treatment.Variance / 1000) + (control.Variance / 1000));

        var result = MeanDifference.Between(treatment, control);

        Assert.Equal(0.02, result.Difference, 12);
        Assert.Equal(0.02 - (1.959963984540054 * standardError), result.Lower!.Value, 9);
        Assert.Equal(0.02 + (1.959963984540054 * standardError), result.Upper!.Value, 9);
        Assert.InRange(result.PValue, 0.15, 0.17);
    }

    [Fact]
    public void FewerThanTwoUsersOnASideGiveNoInterval()
    {
        var result = MeanDifference.Between(new SampleMoments(1, 5, 25), new SampleMoments(10, 10, 10));

        Assert.Null(result.Lower);
        Assert.Equal(1, result.PValue);
    }
}
