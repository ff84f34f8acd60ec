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
