using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// The top-k pass skips a block without reading its int8 codes when the block's 4-bit bounds miss the cut; these
/// tests hold those bounds to being upper bounds, the nibbles to the codes worked out by hand, the screen to opening
/// exactly the blocks its bounds say, and the lists at other row lengths to the float scorer's.
/// </summary>
public sealed class FourBitScreenTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(9, 2)]
    [InlineData(13, 3)]
    [InlineData(33, 4)]
    [InlineData(33, 5)]
    [InlineData(66, 6)]
    public void EveryFourBitUpperBoundIsAtLeastTheExactScoreAndCloseToIt(int dimension, int seed)
    {
        var random = new Random(seed);
        var model = RealisticModels.Of(random, courses: 1_003, users: 1, dimension);
        var user = RealisticModels.Vector(random, dimension, latentSpread: 1f, bias: 1f);
        var rows = model.QuantisedRows;
        var screen = QuantisedUser.Of(user, rows).Screen;
        var (scales, biases) = (rows.Scales.ToArray(), rows.Biases.ToArray());

        // Worst case without the Cauchy–Schwarz bound: each coordinate off by half a 4-bit step, |u·r| ≤ √L·‖u‖·step/2,
        // and the user's own half step times at most 7 per coordinate; the estimate may be that much above the exact score.
        var latent = user.AsSpan(0, dimension - 1);
        var userStep = TensorPrimitives.MaxMagnitude(latent) / 127f;
        for (var course = 0; course < model.Courses.Count; course++)
        {
            var bound = rows.Screen.UpperBounds(screen, course / 8, scales, biases)[course % 8];
            var exact = CourseRowScorer.Score(model, user, course);
            var step = scales[course] * FourBitScreen.StepRatio;
            var worstCase = step * ((MathF.Sqrt(latent.Length) * TensorPrimitives.Norm(latent) / 2f) + (7f * latent.Length * userStep / 2f));
            Assert.InRange(bound - exact, 0f, (2f * worstCase * 1.02f) + 1e-4f);
        }
    }

    [Fact]
    public void AZeroUserVectorBoundsEveryCourseByItsBiasAlone()
    {
        var random = new Random(7);
        var model = RealisticModels.Of(random, courses: 100, users: 1, dimension: 17);
        var user = new float[17];
        user[^1] = 1f;
        var rows = model.QuantisedRows;
        var screen = QuantisedUser.Of(user, rows).Screen;

        for (var course = 0; course < model.Courses.Count; course++)
        {
            var bias = model.CourseVector(course)[^1];
            var bound = rows.Screen.UpperBounds(screen, course / 8, rows.Scales.ToArray(), rows.Biases.ToArray())[course % 8];
            Assert.InRange(bound - bias, 0f, (Math.Abs(bias) + rows.LargestBias) * 1e-5f);
        }
    }

    /// <summary>
    /// A row whose largest coordinate is 1 has the int8 scale 1/127 and the 4-bit step 1/7: 0.55 is 3.85 steps (4,
    /// stored 12), −1 is −7 (stored 1), 0.3 is 2.1 steps (2, stored 10), −0.07 is −0.49 steps (0, stored 8).
    /// Coordinates 0–3 go to the low nibbles of the row's four bytes, 4–7 to the high ones.
    /// </summary>
    [Fact]
    public void TheNibblesHoldTheCodesWorkedOutByHand()
    {
        float[] vector = [1f, -1f, 0.55f, 0.3f, -0.07f, 0f, -0.55f, 0.7f, 2f];
        var model = new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 1, 1, 0, 0),
            dimension: 9,
            [CourseFeatures.None("c0")],
            vector,
            [0f],
            ["reader"],
            new float[9],
            [],
            []);

        var codes = model.QuantisedRows.Screen.Codes;

        // Low nibbles 1, −1, 0.55, 0.3 → 7, −7, 4, 2 → 15, 1, 12, 10; high nibbles −0.07, 0, −0.55, 0.7 → 0, 0, −4, 5 → 8, 8, 4, 13.
        Assert.Equal([15 | (8 << 4), 1 | (8 << 4), 12 | (4 << 4), 10 | (13 << 4)], codes[..4].ToArray());
        // The other rows of the block are padding: every code 0, stored 8 in both nibbles.
        Assert.All(codes[4..32].ToArray(), code => Assert.Equal(8 | (8 << 4), code));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(33)]
    public void TheScreenOpensExactlyTheBlocksWithABoundAtTheCut(int dimension)
    {
        var random = new Random(dimension);
        var model = RealisticModels.Of(random, courses: 4_000, users: 1, dimension);
        var user = RealisticModels.Vector(random, dimension, latentSpread: 1f, bias: 1f);
        var rows = model.QuantisedRows;
        var screen = QuantisedUser.Of(user, rows).Screen;
        var (scales, biases) = (rows.Scales.ToArray(), rows.Biases.ToArray());
        var blocks = scales.Length / 8;
        var bounds = Enumerable.Range(0, blocks).Select(block => rows.Screen.UpperBounds(screen, block, scales, biases)).ToArray();
        var cut = bounds.SelectMany(block => Enumerable.Range(0, 8).Select(lane => block[lane])).Order().ElementAt((blocks * 8) - 300);

        for (var first = 0; first < blocks; first += 64)
        {
            var end = Math.Min(blocks, first + 64);

            var open = rows.Screen.ReachingBlocks(screen, first, end, cut, scales, biases);

            for (var block = first; block < end; block++)
            {
                var reaches = Enumerable.Range(0, 8).Any(lane => bounds[block][lane] >= cut);
                Assert.True(reaches == ((open >> (block - first) & 1) == 1), $"block {block}");
            }
        }
    }

    /// <summary>Row lengths the served one is not: the screen's general loop and its padding to whole groups of eight.</summary>
    [Theory]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(66)]
    public void TopTwentyIsTheFloatScorersAtOtherRowLengths(int dimension)
    {
        const int requests = 60;
        var random = new Random(dimension + 40);
        var model = RealisticModels.Of(random, courses: 5_000, users: requests, dimension);
        var scores = new float[model.Courses.Count];
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
            Assert.Equal(expected, picks.Select(pick => (pick.CourseKey, pick.Score)));
        }
    }
}
