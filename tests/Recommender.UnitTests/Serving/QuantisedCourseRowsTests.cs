using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
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

    [Theory]
    [InlineData(2, 11)]
    [InlineData(9, 12)]
    [InlineData(33, 13)]
    [InlineData(66, 14)]
    public void EveryLowerBoundIsAtMostTheExactScore(int dimension, int seed)
    {
        var random = new Random(seed);
        var model = RealisticModels.Of(random, courses: 1_003, users: 1, dimension);
        var user = RealisticModels.Vector(random, dimension, latentSpread: 1f, bias: 1f);
        var bounds = new EveryBound(model.QuantisedRows, QuantisedUser.Of(user, model.QuantisedRows), new float[model.Courses.Count]);

        model.QuantisedRows.Scan(QuantisedUser.Of(user, model.QuantisedRows), ref bounds);

        for (var course = 0; course < model.Courses.Count; course++)
        {
            Assert.True(bounds.Lower[course] <= CourseRowScorer.Score(model, user, course), $"course {course}");
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

    /// <summary>
    /// A category cap of one over 50 categories: the pass cuts on lists of one course per category, and with 60 asked
    /// for it never has such a list (the cap then fills up with capped courses from the whole catalogue).
    /// </summary>
    [Theory]
    [InlineData(20, 1)]
    [InlineData(20, 3)]
    [InlineData(60, 1)]
    public void CappedListsFromInt8RowsAreTheFloatScorersInEveryOf100Requests(int count, int maxPerCategory)
    {
        const int requests = 100;
        var random = new Random(23);
        var model = RealisticModels.Of(random, courses: 20_000, users: requests, dimension: 33);
        var scores = new float[model.Courses.Count];
        for (var reader = 0; reader < requests; reader++)
        {
            var excluded = Enumerable.Range(0, 50).Select(_ => $"c{random.Next(model.Courses.Count)}").ToHashSet();
            var request = new RecommendationRequest(UserFeatures.None($"u{reader}"), count, new HashSet<string>(), excluded, maxPerCategory);

            var picks = TopKRecommender.Recommend(model, request);

            var userVector = new float[model.Dimension];
            model.WriteUserVector(request.User, userVector);
            TopKRecommender.ScoreAll(model, userVector, scores);
            var ranked = Enumerable.Range(0, scores.Length)
                .Where(course => request.Admits(model.Courses[course]))
                .OrderByDescending(course => scores[course]).ThenBy(course => course)
                .ToList();
            var picked = new List<int>();
            foreach (var course in ranked.Where(course => picked.Count(pick => model.Courses[pick].Category == model.Courses[course].Category) < maxPerCategory))
            {
                picked.Add(course);
            }

            var expected = picked.Concat(ranked.Except(picked)).Take(count).Select(course => (model.Courses[course].CourseKey, scores[course]));
            Assert.Equal(expected, picks.Select(pick => (pick.CourseKey, pick.Score)));
        }
    }

    /// <summary>Every row's lower bound, from the blocks a pass with no cut hands over.</summary>
    private readonly ref struct EveryBound(QuantisedCourseRows rows, QuantisedUser user, float[] lower) : IBlockBounds
    {
        public float[] Lower { get; } = lower;

        public float Cut => float.NegativeInfinity;

        public void Take(int block, uint reaching, Vector256<float> estimates, Vector256<float> upperBounds)
        {
            var lowers = rows.LowerBounds(user, block, estimates);
            for (; reaching != 0; reaching &= reaching - 1)
            {
                var lane = BitOperations.TrailingZeroCount(reaching);
                Lower[(block * QuantisedCourseRows.BlockRows) + lane] = lowers[lane];
            }
        }
    }
}
