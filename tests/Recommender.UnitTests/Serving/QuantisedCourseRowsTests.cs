using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// The top-k pass reads int8 course rows and rescores exactly only the courses whose bound beats the running threshold;
/// these tests hold the bound to being one, and the lists to being those of the float scorer.
/// </summary>
public sealed class QuantisedCourseRowsTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(9, 2)]
    [InlineData(33, 3)]
    [InlineData(33, 4)]
    [InlineData(66, 5)]
    public void EveryUpperBoundIsAtLeastTheExactScoreAndCloseToIt(int dimension, int seed)
    {
        var random = new Random(seed);
        var model = RealisticModels.Of(random, courses: 1_003, users: 1, dimension);
        var user = RealisticModels.Vector(random, dimension, latentSpread: 1f, bias: 1f);
        var upperBounds = new float[model.Courses.Count];
        var quantisedUser = QuantisedUser.Of(user, model.QuantisedRows);

        model.QuantisedRows.WriteUpperBounds(quantisedUser, upperBounds);

        // Worst case: each coordinate off by half a step of the row's scale (and half a step of the user's times the
        // row's codes), all in one direction; the bound adds that to the quantised score, which may itself be that much
        // above the exact one.
        var manhattan = TensorPrimitives.SumOfMagnitudes(user.AsSpan(0, dimension - 1));
        for (var course = 0; course < model.Courses.Count; course++)
        {
            var exact = CourseRowScorer.Score(model, user, course);
            var worstCase = (model.QuantisedRows.Scales[course] * manhattan / 2f)
                + (model.QuantisedRows.Spreads[course] * quantisedUser.Scale / 2f);
            Assert.InRange(upperBounds[course] - exact, 0f, (2f * worstCase * 1.02f) + 1e-4f);
        }
    }

    [Fact]
    public void AZeroUserVectorBoundsEveryCourseByItsBiasAlone()
    {
        var random = new Random(6);
        var model = RealisticModels.Of(random, courses: 100, users: 1, dimension: 17);
        var user = new float[17];
        user[^1] = 1f;
        var upperBounds = new float[model.Courses.Count];

        model.QuantisedRows.WriteUpperBounds(QuantisedUser.Of(user, model.QuantisedRows), upperBounds);

        for (var course = 0; course < model.Courses.Count; course++)
        {
            var bias = model.CourseVector(course)[^1];
            Assert.InRange(upperBounds[course] - bias, 0f, Math.Abs(bias) * 1e-5f);
        }
    }

    /// <summary>
    /// The bar is the float scorer's top-20 in at least 99 % of requests; rescoring every course whose bound
    /// beats the threshold makes it all of them, scores included.
    /// </summary>
    [Fact]
    public void TopTwentyFromInt8RowsIsTheFloatScorersInEveryOf500Requests()
    {
        const int requests = 500;
        var random = new Random(17);
        var model = RealisticModels.Of(random, courses: 20_000, users: requests, dimension: 33);
        var scores = new float[model.Courses.Count];
        var agreeing = 0;
        for (var reader = 0; reader < requests; reader++)
        {
            var request = new RecommendationRequest(
                UserFeatures.None($"u{reader}"), Count: 20, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 20);

            var picks = TopKRecommender.Recommend(model, request);

            var userVector = new float[model.Dimension];
            model.WriteUserVector(request.User, userVector);
            TopKRecommender.ScoreAll(model, userVector, scores);
            var expected = Enumerable.Range(0, scores.Length)
                .OrderByDescending(course => scores[course]).ThenBy(course => course).Take(20)
                .Select(course => (model.Courses[course].CourseKey, scores[course]));
            agreeing += expected.SequenceEqual(picks.Select(pick => (pick.CourseKey, pick.Score))) ? 1 : 0;
        }

        Assert.Equal(requests, agreeing);
    }
}
