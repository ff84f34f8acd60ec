using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.Recommender.UnitTests.Training.Ease;

public sealed class TimeKernelTests
{
    [Theory]
    [InlineData(0.0, 0.0, 1.0, 1.0)]
    [InlineData(0.0, 2.0, 1.0, 0.25)]
    [InlineData(5.0, 3.0, 1.0, 0.25)]
    [InlineData(0.0, 2.0, 0.5, 0.625)]
    [InlineData(0.0, 1_000.0, 0.5, 0.5)]
    public void APairWeighsOneMinusMixPlusMixTimesTheLaplacianKernelOfItsGap(double first, double second, double mix, double expected)
    {
        // τ = 1 / ln 2 days halves the kernel every day: a gap of 2 days gives ¼.
        var kernel = new TimeKernel([], ScaleDays: 1 / Math.Log(2), Mix: mix);

        Assert.Equal(expected, kernel.Weight(first, second), 12);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 1.5)]
    [InlineData(1.0, -0.1)]
    public void ANonPositiveScaleOrAMixOutsideZeroToOneIsRejected(double scaleDays, double mix)
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => EaseWeights.Fit(
            EaseWeightsTests.TimedCourses, courseCount: 3, regularization: 1f, minimumLearners: 1, maximumCourses: 10,
            timeKernel: new TimeKernel(EaseWeightsTests.TimedDays, scaleDays, mix)));
    }

    [Fact]
    public void EveryLearnerNeedsTheirDays()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => EaseWeights.Fit(
            EaseWeightsTests.TimedCourses, courseCount: 3, regularization: 1f, minimumLearners: 1, maximumCourses: 10,
            timeKernel: new TimeKernel([[0, 0, 1]], ScaleDays: 1, Mix: 1)));
    }

    [Fact]
    public void EachLearnersDaysAreTheirEarliestTimeWithEachCourseInTheOrderTheirCoursesAreGiven()
    {
        (int, int, double)[] times = [(0, 2, 5.0), (0, 1, 3.0), (0, 2, 4.0), (1, 0, 7.5), (0, 2, 6.0)];

        var kernel = TimeKernel.OfFirstTimes(times, [[1, 2], [0]], scaleDays: 1, mix: 0.5);

        Assert.Equal([3.0, 4.0], kernel.DaysByUser[0]);
        Assert.Equal([7.5], kernel.DaysByUser[1]);
        Assert.Equal((1.0, 0.5), (kernel.ScaleDays, kernel.Mix));
    }
}
