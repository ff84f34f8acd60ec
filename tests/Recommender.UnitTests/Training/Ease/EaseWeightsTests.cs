using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.Recommender.UnitTests.Training.Ease;

/// <summary>
/// A case small enough to work out by hand: user 0 took courses 0, 1; user 1 took 0, 1, 2; user 2 took 1, 2; user 3
/// took 2, 3; courses 4 and 5 were never taken. With λ = 1, P = (XᵀX + I)⁻¹ has P₁₁ = 19/40, P₂₁ = −1/5, P₃₁ = 1/10,
/// P₀₀ = 1/2 and P₂₀ = P₃₀ = 0.
/// </summary>
public sealed class EaseWeightsTests
{
    internal static readonly int[][] CoursesByUser = [[0, 1], [0, 1, 2], [1, 2], [2, 3]];

    [Fact]
    public void WeightsAreMinusPDividedByTheColumnsDiagonalWithAZeroDiagonal()
    {
        var weights = EaseWeights.Fit(CoursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 1, maximumCourses: 10);

        Assert.Equal(4, weights.Size);
        Assert.Equal([0, 1, 2, 3, -1, -1], weights.ModelIndex);
        Assert.Equal(8.0 / 19, weights.Row(2)[1], 5);
        Assert.Equal(-4.0 / 19, weights.Row(3)[1], 5);
        Assert.Equal(0.0, weights.Row(2)[0], 5);
        Assert.All(Enumerable.Range(0, 4), course => Assert.Equal(0f, weights.Row(course)[course]));
    }

    [Fact]
    public void DropoutAddsPOverOneMinusPTimesEachCoursesLearnersToItsRegularisation()
    {
        // Two learners took courses 0 and 1, one took 0 only: XᵀX = [[3, 2], [2, 2]]. λ = 1 and p = 0.5 (p/(1 − p) = 1)
        // add λ + p/(1 − p)·XᵀX_jj = (4, 3) to the diagonal: [[7, 2], [2, 5]], P = [[5, −2], [−2, 7]] / 31, so B₀₁ = 2/7 and
        // B₁₀ = 2/5 (EASE^R, p = 0: 2/3 and 2/4).
        var weights = EaseWeights.Fit([[0, 1], [0, 1], [0]], courseCount: 2, regularization: 1f, minimumLearners: 1, maximumCourses: 10, dropout: 0.5f);

        Assert.Equal(2.0 / 7, weights.Row(0)[1], 5);
        Assert.Equal(2.0 / 5, weights.Row(1)[0], 5);
        Assert.Equal([0f, 0f], [weights.Row(0)[0], weights.Row(1)[1]]);
    }

    [Fact]
    public void LearnerWeightsScaleEachLearnersShareOfTheGramMatrix()
    {
        // Histories of 2 and 1 courses (mean 1.5); α = 1 weighs them 0.75 and 1.5: XᵀWX = [[2.25, 0.75], [0.75, 0.75]],
        // plus λ = 1: P ∝ [[1.75, −0.75], [−0.75, 3.25]], so B₀₁ = 0.75/3.25 = 3/13 and B₁₀ = 0.75/1.75 = 3/7 (α = 0: 1/3, 1/2).
        var weights = EaseWeights.Fit([[0, 1], [0]], courseCount: 2, regularization: 1f, minimumLearners: 1, maximumCourses: 10, learnerWeightExponent: 1f);

        Assert.Equal(3.0 / 13, weights.Row(0)[1], 5);
        Assert.Equal(3.0 / 7, weights.Row(1)[0], 5);
    }

    /// <summary>
    /// Learner 0 took courses 0, 1, 2 at days 0, 0, ln 2; learner 1 took courses 1, 2 at days 10, 10 + ln 4. With τ = 1
    /// day and m = 1 their pairs weigh e^−gap: learner 0's (0, 1) 1, (0, 2) and (1, 2) ½; learner 1's (1, 2) ¼.
    /// </summary>
    internal static readonly int[][] TimedCourses = [[0, 1, 2], [1, 2]];

    internal static readonly double[][] TimedDays = [[0, 0, Math.Log(2)], [10, 10 + Math.Log(4)]];

    [Fact]
    public void ATimeKernelWeighsEachLearnersPairsByTheirTimeGap()
    {
        // G = [[1, 1, ½], [1, 2, ¾], [½, ¾, 2]] (the diagonal keeps weight 1); with λ = 1, P = (G + I)⁻¹ =
        // [[45/74, −7/37, −2/37], [−7/37, 46/111, −8/111], [−2/37, −8/111, 40/111]], so B₀₁ = 21/46, B₀₂ = 3/20,
        // B₁₀ = 14/45, B₁₂ = 1/5, B₂₀ = 4/45, B₂₁ = 4/23. Plain EASE^R (G₀₂ = 1, G₁₂ = 2) has B₀₁ = 1/5, B₁₂ = 3/5.
        var weights = EaseWeights.Fit(
            TimedCourses, courseCount: 3, regularization: 1f, minimumLearners: 1, maximumCourses: 10,
            timeKernel: new TimeKernel(TimedDays, ScaleDays: 1, Mix: 1));

        double[][] expected = [[0, 21.0 / 46, 3.0 / 20], [14.0 / 45, 0, 1.0 / 5], [4.0 / 45, 4.0 / 23, 0]];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                Assert.Equal(expected[row][column], weights.Row(row)[column], 5);
            }
        }
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 0.7)]
    [InlineData(0.01, 0.0)]
    public void AnInfiniteTimeScaleOrAZeroMixIsExactlyEaseR(double scaleDays, double mix)
    {
        double[][] days = [[0, 3, 0.5], [7, 0.25, 1, 40], [2, 2.5], [100, 0]];
        int[][] coursesByUser = [[0, 1, 4], [0, 1, 2, 5], [1, 2], [2, 3]];
        var plain = EaseWeights.Fit(coursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 1, maximumCourses: 10, learnerWeightExponent: 0.5f);

        var timed = EaseWeights.Fit(
            coursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 1, maximumCourses: 10, learnerWeightExponent: 0.5f,
            timeKernel: new TimeKernel(days, scaleDays, mix));

        Assert.Equal(plain.Weights, timed.Weights);
        Assert.Equal(plain.ModelIndex, timed.ModelIndex);
    }

    [Fact]
    public void ATimeKernelSkipsCoursesThatAreNotModelled()
    {
        // With at least two learners only courses 1 and 2 are modelled: G = [[2, ¾], [¾, 2]], λ = 1, so B₁₂ = ¾ / 3 = 1/4.
        var weights = EaseWeights.Fit(
            TimedCourses, courseCount: 3, regularization: 1f, minimumLearners: 2, maximumCourses: 10,
            timeKernel: new TimeKernel(TimedDays, ScaleDays: 1, Mix: 1));

        Assert.Equal([-1, 0, 1], weights.ModelIndex);
        Assert.Equal(0.25, weights.Row(0)[1], 5);
    }

    [Fact]
    public void OnlyCoursesWithEnoughLearnersAndUpToTheCapAreModelled()
    {
        // Courses 1 and 2 have three learners each, course 0 two, course 3 one.
        var enough = EaseWeights.Fit(CoursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 2, maximumCourses: 10);
        var capped = EaseWeights.Fit(CoursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 1, maximumCourses: 2);

        Assert.Equal([0, 1, 2, -1, -1, -1], enough.ModelIndex);
        Assert.Equal([-1, 0, 1, -1, -1, -1], capped.ModelIndex);
        Assert.Equal([[0], [0, 1], [0, 1], [1]], capped.ModelledByUser);
    }
}
