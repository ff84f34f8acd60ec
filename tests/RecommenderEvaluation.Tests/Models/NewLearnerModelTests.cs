using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Evaluation;
using KnowledgePay.RecommenderEvaluation.Models;
using KnowledgePay.RecommenderEvaluation.Splits;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

/// <summary>The hybrid with the product's new-learner blend, on users the model never saw (a user holdout).</summary>
public sealed class NewLearnerModelTests
{
    private static readonly Interaction[] Interactions = SyntheticData.TwoClusters(seed: 5);

    private static readonly IReadOnlyDictionary<int, string[]> Genres =
        Enumerable.Range(0, 100).ToDictionary(item => item, item => new[] { item < 50 ? "Comedy" : "Drama" });

    private static readonly DataSplit Split = DataSplitter.UserHoldout(Interactions, 0.3, seed: 5);

    private static readonly EvaluationSettings Settings = new(K: 10, RelevanceThreshold: 1, IsExplicit: false, TieSeed: 1);

    [Fact]
    public void ServesNewUsersWhoStatedNothingThePopularityRanking()
    {
        var training = new TrainingSet(Interactions, UserCount: 100, ItemCount: 100, Genres);

        var popularity = ModelEvaluator.Evaluate(new PopularityModel(), Split, training, Settings);
        var blended = ModelEvaluator.Evaluate(NewLearnerModel(), Split, training, Settings);

        Assert.Equal(popularity.Ndcg, blended.Ndcg, 1e-9);
    }

    [Fact]
    public void LiftsNewUsersWhoseStatedInterestIsNotTheMajoritysAbovePopularity()
    {
        var interests = Enumerable.Range(0, 100).ToDictionary(user => user, user => new[] { user < 60 ? "Comedy" : "Drama" });
        var training = new TrainingSet(Interactions, UserCount: 100, ItemCount: 100, Genres, interests);

        var popularity = ModelEvaluator.Evaluate(new PopularityModel(), Split, training, Settings);
        var blended = ModelEvaluator.Evaluate(NewLearnerModel(), Split, training, Settings);

        Assert.True(blended.Ndcg > popularity.Ndcg * 1.3, $"blended NDCG {blended.Ndcg:0.000} vs popularity {popularity.Ndcg:0.000}");
    }

    private static HybridRecommenderModel NewLearnerModel() =>
        new(new TrainerOptions(), new RatingWeights(float.PositiveInfinity, 1f, 1f, 0f), new NewLearnerBlend(10f, InterestWeight: 3f, StatedEvidence: 10f));
}
