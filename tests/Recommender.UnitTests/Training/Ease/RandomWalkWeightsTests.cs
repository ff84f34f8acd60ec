using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.Recommender.UnitTests.Training.Ease;

/// <summary>
/// Learner 0 took courses 0, 1 (n = 2), learner 1 took 0, 1, 2 (n = 3), learner 2 took 1, 2 (n = 2): courses 0, 1, 2
/// have 2, 3, 2 learners. With α = 1 the walk 0 → learner → 1 has probability ½·½ + ½·⅓ = 5/12, 0 → 2 ½·⅓ = 1/6,
/// 1 → 0 and 1 → 2 ⅓·(½ + ⅓) = 5/18, 2 → 1 5/12 and 2 → 0 1/6.
/// </summary>
public sealed class RandomWalkWeightsTests
{
    private static readonly int[][] CoursesByUser = [[0, 1], [0, 1, 2], [1, 2]];

    [Fact]
    public void WeightsAreTheThreeStepWalksProbabilitiesWithAZeroDiagonal()
    {
        var weights = RandomWalkWeights.Fit(CoursesByUser, courseCount: 3, minimumLearners: 1, maximumCourses: 10, exponent: 1f, popularityExponent: 0f, neighbours: 10);

        Assert.Equal([0f, 5f / 12, 1f / 6], weights.Row(0).ToArray(), Close);
        Assert.Equal([5f / 18, 0f, 5f / 18], weights.Row(1).ToArray(), Close);
        Assert.Equal([1f / 6, 5f / 12, 0f], weights.Row(2).ToArray(), Close);
    }

    [Fact]
    public void BetaDividesByTheTargetsLearnersAndEachRowKeepsItsLargestWeights()
    {
        // β = 1 divides column j by its learners (2, 3, 2): row 0 becomes [0, 5/36, 1/12]; with k = 1 only 5/36 stays.
        // Row 1's two equal weights (5/36 each) keep the lower course.
        var weights = RandomWalkWeights.Fit(CoursesByUser, courseCount: 3, minimumLearners: 1, maximumCourses: 10, exponent: 1f, popularityExponent: 1f, neighbours: 1);

        Assert.Equal([0f, 5f / 36, 0f], weights.Row(0).ToArray(), Close);
        Assert.Equal([5f / 36, 0f, 0f], weights.Row(1).ToArray(), Close);
    }

    [Fact]
    public void AlphaRaisesEveryStepsProbability()
    {
        // α = 2: course 0 → learner 0 or 1 with ¼ each, learner 0 → 1 with ¼, learner 1 → 1 with 1/9: W₀₁ = ¼·(¼ + 1/9) = 13/144.
        var weights = RandomWalkWeights.Fit(CoursesByUser, courseCount: 3, minimumLearners: 1, maximumCourses: 10, exponent: 2f, popularityExponent: 0f, neighbours: 10);

        Assert.Equal(13.0 / 144, weights.Row(0)[1], 6);
    }

    [Fact]
    public void OnlyTheCoursesEaseModelsTakePart()
    {
        var walks = RandomWalkWeights.Fit(CoursesByUser, courseCount: 4, minimumLearners: 3, maximumCourses: 10, exponent: 1f, popularityExponent: 0f, neighbours: 10);
        var ease = EaseWeights.Fit(CoursesByUser, courseCount: 4, regularization: 1f, minimumLearners: 3, maximumCourses: 10);

        Assert.Equal([-1, 0, -1, -1], walks.ModelIndex);
        Assert.Equal(ease.ModelIndex, walks.ModelIndex);
        Assert.Equal(ease.ModelledByUser, walks.ModelledByUser);
    }

    [Fact]
    public void BlendingScalesTheOtherWeightsToTheSameFrobeniusNorm()
    {
        // EASE^R on [[0, 1], [0, 1], [0]] with λ = 1: XᵀX + I = [[4, 2], [2, 3]], P ∝ [[3, −2], [−2, 4]], so B₀₁ = 2/4,
        // B₁₀ = 2/3 and ‖B‖ = 5/6. The walk with α = β = 1 (histories 2,
        // 2, 1; learners 3, 2): W₀₁ = ⅓·(½ + ½)·½ = 1/6 = W₁₀, ‖W‖ = √2/6, so κ = 5/√2. c = 1 serves κ·W (5√2/12 both
        // ways, norm 5/6); c = ½ serves ½·B + ½·κ·W.
        int[][] coursesByUser = [[0, 1], [0, 1], [0]];
        var ease = EaseWeights.Fit(coursesByUser, courseCount: 2, regularization: 1f, minimumLearners: 1, maximumCourses: 10);
        var walks = RandomWalkWeights.Fit(coursesByUser, courseCount: 2, minimumLearners: 1, maximumCourses: 10, exponent: 1f, popularityExponent: 1f, neighbours: 10);
        var scaledWalk = 5 * Math.Sqrt(2) / 12;

        var onlyWalks = ease.Blended(walks, 1f);
        var half = ease.Blended(walks, 0.5f);

        Assert.Equal([0f, (float)scaledWalk, (float)scaledWalk, 0f], onlyWalks.Weights, Close);
        Assert.Equal([0f, (float)(1.0 / 4 + scaledWalk / 2), (float)(1.0 / 3 + scaledWalk / 2), 0f], half.Weights, Close);
        Assert.Equal(ease.Weights, ease.Blended(walks, 0f).Weights);
    }

    private static bool Close(float left, float right) => Math.Abs(left - right) < 1e-6f;
}
