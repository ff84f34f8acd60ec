using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

/// <summary>
/// The baselines on a case small enough to work out by hand: four users, six items (4 and 5 never taken, so the
/// catalogue N is 6): user 0 took items 0, 1; user 1 took 0, 1, 2; user 2 took 1, 2; user 3 took 2, 3.
/// </summary>
public sealed class BaselineTests
{
    private static readonly TrainingSet Training = new(
        [new(0, 0, 1, 0), new(0, 1, 1, 0), new(1, 0, 1, 0), new(1, 1, 1, 0), new(1, 2, 1, 0), new(2, 1, 1, 0), new(2, 2, 1, 0), new(3, 2, 1, 0), new(3, 3, 1, 0)],
        UserCount: 4,
        ItemCount: 6,
        ItemFeatures: new Dictionary<int, string[]> { [0] = ["A", "B"], [1] = ["B"], [2] = ["C"], [3] = ["A", "C"] });

    // User 3's scores for items 0 and 1. Cosines: (0,2) = 1/√6, (1,2) = 2/3, (2,3) = 1/√3, so with plain weights
    // item 0 scores 1/√6 and item 1 scores 2/3; normalised, item 2's neighbours sum to 1/√6 + 2/3 + 1/√3.
    // With weights, idf_u = ln(6 / (1 + |I_u|)); BM25 also divides by k1·(1 − b + b·|U_i| / 1.5) + 1 (mean length 9/6).
    [Theory]
    [InlineData(InteractionWeighting.None, 0f, false, 0.408248, 0.666667)]
    [InlineData(InteractionWeighting.None, 1f, false, 0.289898, 0.5)]
    [InlineData(InteractionWeighting.None, 0f, true, 0.247084, 0.403486)]
    [InlineData(InteractionWeighting.None, 1f, true, 0.250793, 0.432555)]
    [InlineData(InteractionWeighting.TfIdf, 0f, false, 0.133772, 0.397206)]
    [InlineData(InteractionWeighting.TfIdf, 1f, true, 0.091972, 0.314338)]
    [InlineData(InteractionWeighting.Bm25, 0f, false, 0.094935, 0.281888)]
    [InlineData(InteractionWeighting.Bm25, 1f, true, 0.063347, 0.195939)]
    public void ItemKnnMatchesTheHandComputedScores(InteractionWeighting weighting, float shrinkage, bool normalise, double item0, double item1)
    {
        var scores = Scores(new ItemKnnModel(new ItemKnnOptions(100, shrinkage, weighting, normalise)), user: 3, [0, 1]);

        Assert.Equal(item0, scores[0], tolerance: 1e-5);
        Assert.Equal(item1, scores[1], tolerance: 1e-5);
    }

    [Fact]
    public void ItemKnnKeepsOnlyTheNearestNeighbours()
    {
        // Item 2's nearest neighbour is item 1 (2/3 > 1/√3 > 1/√6): with one neighbour item 0 gets nothing from it.
        var scores = Scores(new ItemKnnModel(new ItemKnnOptions(1, 0f, InteractionWeighting.None, false)), user: 3, [0, 1]);

        Assert.Equal([0f, 2f / 3], scores, (left, right) => Math.Abs(left - right) < 1e-5);
    }

    [Fact]
    public void EaseMatchesTheClosedForm()
    {
        // P = (XᵀX + I)⁻¹ has P₁₁ = 19/40, P₂₁ = −1/5, P₃₁ = 1/10 and P₀₀ = 1/2, P₂₀ = P₃₀ = 0, so for user 3 (items 2, 3)
        // item 1 scores B₂₁ + B₃₁ = (1/5 − 1/10)/(19/40) = 4/19 and item 0 scores 0; B's diagonal is 0.
        var scores = Scores(new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 1)), user: 3, [0, 1, 2, 3]);

        Assert.Equal([0f, 4f / 19, 0.5f, 1f / 3], scores, (left, right) => Math.Abs(left - right) < 1e-5);
    }

    [Theory]
    [InlineData(0f, 1f, 1.0 / 2)]
    [InlineData(1f, 1f, 3.0 / 16)]
    [InlineData(1f, 0.5f, 11.0 / 32)]
    public void TimeKernelEaseWeighsEachUsersPairByItsTimeGap(float scaleDays, float mix, double expected)
    {
        // Items 1 and 2 (the only ones with ≥ 3 interactions, 3 each): user 1 took them ln 2 days apart (kernel ½ at τ = 1
        // day), user 2 ln 4 days apart (¼; their later repeat of item 2 does not count). G = [[3, g], [g, 3]] with g = 2
        // (EASE^R), ½ + ¼ = ¾ (m = 1) or (½ + ¼) + (½ + ⅛) = 11/8 (m = ½); with λ = 1 user 0 (items 0, not modelled, and 1)
        // scores item 2 with B₁₂ = g / 4.
        var day = 86_400L;
        var training = new TrainingSet(
        [
            new(0, 0, 1, 0), new(0, 1, 1, 0), new(1, 0, 1, 0), new(1, 1, 1, 0), new(1, 2, 1, (long)(Math.Log(2) * day)),
            new(2, 1, 1, 10 * day), new(2, 2, 1, 10 * day + (long)(Math.Log(4) * day)), new(2, 2, 1, 40 * day), new(3, 2, 1, 0), new(3, 3, 1, 0),
        ],
            UserCount: 4,
            ItemCount: 6);
        var model = new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 3) { TimeScaleDays = scaleDays, TimeMix = mix });
        model.Fit(training);
        var scores = new float[1];

        model.Score(user: 0, [2], scores);

        Assert.Equal(expected, scores[0], tolerance: 1e-5);
    }

    [Theory]
    [InlineData(0f, 1.0 / 2)]
    [InlineData(0.5f, 2.0 / 7)]
    public void EdlaeAddsTheDropoutsShareOfEachItemsCountToItsRegularisation(float dropout, double expected)
    {
        // Items 1 and 2 have three interactions each (the only ones with ≥ 3): XᵀX = [[3, 2], [2, 3]]. With λ = 1 and
        // p = 0.5 the diagonal gains λ + p/(1 − p)·3 = 4: P ∝ [[7, −2], [−2, 7]], B₁₂ = 2/7; EASE^R (p = 0): P ∝ [[4, −2], [−2, 4]], B₁₂ = 1/2.
        var scores = Scores(new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 3, Dropout: dropout)), user: 0, [2, 3]);

        Assert.Equal(expected, scores[0], tolerance: 1e-5);
        Assert.Equal(float.NegativeInfinity, scores[1]);
    }

    [Fact]
    public void UserWeightedEaseWeighsShortHistoriesUp()
    {
        // Among items 1 and 2 (the only ones with ≥ 3 interactions) users 1 and 2 took both and have 3 and 2 items; the
        // mean history is 9/4, so α = 1 weighs them 3/4 and 9/8, users 0 and 3 (2 items each) 9/8: XᵀWX = [[3, 15/8],
        // [15/8, 3]]; with λ = 1, B₁₂ = (15/8)/4 = 15/32 for user 0.
        var scores = Scores(new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 3, UserWeightExponent: 1f)), user: 0, [2]);

        Assert.Equal(15.0 / 32, scores[0], tolerance: 1e-5);
    }

    [Theory]
    [InlineData(0f, 1.0 / 9, 5.0 / 18)]
    [InlineData(1f, 1.0 / 18, 5.0 / 54)]
    public void Rp3BetaScoresAreTheRandomWalksFromTheUsersItems(float beta, double item0, double item1)
    {
        // User 3 took items 2 (3 users) and 3 (1 user, shared with nobody else). With α = 1: from item 2 a walk reaches item 0
        // only through user 1 (3 items): ⅓·⅓ = 1/9; item 1 through users 1 and 2: ⅓·(⅓ + ½) = 5/18. β = 1 divides by the
        // target's users (2 and 3).
        var scores = Scores(new Rp3BetaModel(new Rp3BetaOptions(Exponent: 1f, PopularityExponent: beta, Neighbours: 10, MinInteractions: 1)), user: 3, [0, 1]);

        Assert.Equal(item0, scores[0], tolerance: 1e-6);
        Assert.Equal(item1, scores[1], tolerance: 1e-6);
    }

    [Fact]
    public void EaseWithARandomWalkShareScoresWithTheBlendedWeights()
    {
        // c = 1 serves κ·W with κ = ‖B‖/‖W‖, so user 3's RP3beta scores (1/9, 5/18) keep their ratio 2 : 5.
        var walk = new Rp3BetaOptions(Exponent: 1f, PopularityExponent: 0f, Neighbours: 10, MinInteractions: 1);

        var scores = Scores(new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 1, RandomWalkShare: 1f, RandomWalk: walk)), user: 3, [0, 1]);

        Assert.True(scores[0] > 0);
        Assert.Equal(5.0 / 2, scores[1] / scores[0], tolerance: 1e-4);
    }

    [Fact]
    public void EaseRanksItemsBelowTheInteractionFloorLast()
    {
        var model = new EaseModel(new EaseOptions(Lambda: 1f, MinInteractions: 2));

        var scores = Scores(model, user: 0, [2, 3, 4]);

        Assert.Equal(3, model.ModelledItems);
        Assert.True(float.IsFinite(scores[0]));
        Assert.Equal([float.NegativeInfinity, float.NegativeInfinity], scores[1..]);
    }

    [Fact]
    public void GenreProfileIsTheCosineBetweenTheUsersGenreCountsAndTheCourse()
    {
        // User 0's profile: A 1, B 2, C 0 (norm √5). Item 3 (A, C): 1/(√5·√2); item 2 (C): 0; item 4 has no genres.
        var scores = Scores(new GenreProfileModel(), user: 0, [2, 3, 4]);

        Assert.Equal([0f, (float)(1 / Math.Sqrt(10)), 0f], scores, (left, right) => Math.Abs(left - right) < 1e-6);
    }

    [Fact]
    public void GenreProfileScoresNothingForAUserWithoutHistory()
    {
        var model = new GenreProfileModel();
        model.Fit(Training with { UserCount = 5 });
        var scores = new float[2];

        model.Score(4, [0, 3], scores);

        Assert.Equal([0f, 0f], scores);
    }

    private static float[] Scores(IRecommenderModel model, int user, int[] candidates)
    {
        model.Fit(Training);
        var scores = new float[candidates.Length];
        model.Score(user, candidates, scores);
        return scores;
    }
}
