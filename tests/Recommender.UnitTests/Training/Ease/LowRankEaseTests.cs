using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.Ease;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.Ease;

public sealed class LowRankEaseTests
{
    private static readonly int[][] CoursesByUser =
        [.. Enumerable.Range(0, 60).Select(user => Enumerable.Range(0, 12).Where(course => (user * 7 + course * 5) % 11 < 4 + user % 3).ToArray())];

    private static readonly EaseWeights Weights = EaseWeights.Fit(CoursesByUser, courseCount: 13, regularization: 2f, minimumLearners: 1, maximumCourses: 100);

    [Fact]
    public void FullRankServesTheExactEaseScores()
    {
        var weights = EaseWeights.Fit(EaseWeightsTests.CoursesByUser, courseCount: 6, regularization: 1f, minimumLearners: 1, maximumCourses: 10);

        var (users, courses) = LowRankEase.Factor(weights, courseCount: 6, rank: 10, seed: 1);

        // User 3 (courses 2, 3) scores course 1 with B₂₁ + B₃₁ = 8/19 − 4/19; courses 4 and 5 are not modelled.
        float[] expected = [0f, 4f / 19, 0.5f, 1f / 3, 0f, 0f];
        var scores = Enumerable.Range(0, 6).Select(course => TensorPrimitives.Dot(users.Row(3), courses.Row(course))).ToArray();
        Assert.Equal(expected, scores, (left, right) => Math.Abs(left - right) < 1e-5);
    }

    [Fact]
    public void CourseFactorsAreOrthonormalAndNotModelledCoursesAreZero()
    {
        var (_, courses) = LowRankEase.Factor(Weights, courseCount: 13, rank: 5, seed: 1);

        for (var a = 0; a < 5; a++)
        {
            for (var b = 0; b < 5; b++)
            {
                var dot = Enumerable.Range(0, 13).Sum(course => courses.Row(course)[a] * courses.Row(course)[b]);
                Assert.Equal(a == b ? 1f : 0f, dot, 4);
            }
        }

        Assert.All(courses.Row(12).ToArray(), value => Assert.Equal(0f, value));
    }

    [Fact]
    public void MoreRankLeavesLessOfTheScoresOutAndFindsTheDominantDirections()
    {
        var errors = new[] { 1, 3, 6, 12 }.Select(rank => ResidualSquares(LowRankEase.Factor(Weights, courseCount: 13, rank, seed: 1))).ToArray();
        var total = ResidualSquares((new LatentFactors(60, 1), new LatentFactors(13, 1)));

        Assert.True(errors[0] < total && errors[1] < errors[0] && errors[2] < errors[1], string.Join(", ", errors));
        Assert.Equal(0.0, errors[3], 3);
        // The best rank-3 approximation keeps what the 3 largest singular values carry; a random basis keeps about 3/12 of it.
        Assert.True(errors[1] < total * 0.5, $"{errors[1]} of {total}");
    }

    /// <summary>Σ over users and courses of (x_u·B − the factors' score)².</summary>
    private static double ResidualSquares((LatentFactors Users, LatentFactors Courses) factors)
    {
        var sum = 0.0;
        for (var user = 0; user < CoursesByUser.Length; user++)
        {
            for (var course = 0; course < 13; course++)
            {
                var modelled = Weights.ModelIndex[course];
                var exact = modelled < 0 ? 0f : Weights.ModelledByUser[user].Sum(taken => Weights.Row(taken)[modelled]);
                var served = TensorPrimitives.Dot(factors.Users.Row(user), factors.Courses.Row(course));
                sum += (exact - served) * (exact - served);
            }
        }

        return sum;
    }
}
