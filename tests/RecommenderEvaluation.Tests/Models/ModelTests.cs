using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Training;
using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Evaluation;
using KnowledgePay.RecommenderEvaluation.Models;
using KnowledgePay.RecommenderEvaluation.Splits;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

public sealed class ModelTests
{
    [Fact]
    public void PopularityRanksTheMostInteractedItemFirst()
    {
        var model = new PopularityModel();
        model.Fit(new TrainingSet([new(0, 2, 1, 0), new(1, 2, 1, 0), new(1, 0, 1, 0)], UserCount: 3, ItemCount: 3));
        var scores = new float[3];

        model.Score(2, [0, 1, 2], scores);

        Assert.Equal([1, 0, 2], scores);
    }

    [Fact]
    public void ItemKnnBeatsPopularityWhenTastesFormClusters()
    {
        var interactions = SyntheticData.TwoClusters(seed: 5);
        var split = DataSplitter.RandomPerUser(interactions, 0.2, seed: 5);
        var training = new TrainingSet(interactions, UserCount: 100, ItemCount: 100);
        var settings = new EvaluationSettings(K: 10, RelevanceThreshold: 1, IsExplicit: false);

        var popularity = ModelEvaluator.Evaluate(new PopularityModel(), split, training, settings);
        var itemKnn = ModelEvaluator.Evaluate(new ItemKnnModel(new ItemKnnOptions(Neighbours: 20)), split, training, settings);

        Assert.True(itemKnn.Ndcg > popularity.Ndcg * 1.3, $"item-kNN NDCG {itemKnn.Ndcg:0.000} vs popularity {popularity.Ndcg:0.000}");
        Assert.True(itemKnn.HitRate > popularity.HitRate, $"item-kNN HR {itemKnn.HitRate:0.000} vs popularity {popularity.HitRate:0.000}");
    }

    [Theory]
    [InlineData(RecommenderAlgorithm.Warp)]
    [InlineData(RecommenderAlgorithm.FieldAwareFactorizationMachine)]
    public void HybridBeatsPopularityWhenTastesFormClusters(RecommenderAlgorithm algorithm)
    {
        var interactions = SyntheticData.TwoClusters(seed: 5);
        var split = DataSplitter.RandomPerUser(interactions, 0.2, seed: 5);
        var training = new TrainingSet(interactions, UserCount: 100, ItemCount: 100);
        var settings = new EvaluationSettings(K: 10, RelevanceThreshold: 1, IsExplicit: false);

        var popularity = ModelEvaluator.Evaluate(new PopularityModel(), split, training, settings);
        var hybrid = ModelEvaluator.Evaluate(
            new HybridRecommenderModel(new TrainerOptions { Algorithm = algorithm, TrainingThreads = 1 }, new RatingWeights(float.PositiveInfinity, 1f, 1f, 0f)), split, training, settings);

        Assert.True(hybrid.Ndcg > popularity.Ndcg * 1.3, $"hybrid NDCG {hybrid.Ndcg:0.000} vs popularity {popularity.Ndcg:0.000}");
    }

    [Fact]
    public void RatingModelsPredictBetterThanTheGlobalMeanOnLowRankRatings()
    {
        var interactions = SyntheticData.LowRankRatings(seed: 11);
        var split = DataSplitter.RandomPerUser(interactions, 0.2, seed: 11);
        var training = new TrainingSet(interactions, UserCount: 200, ItemCount: 120);
        var settings = new EvaluationSettings(K: 10, RelevanceThreshold: 4, IsExplicit: true);
        var globalMean = split.Train.Average(interaction => interaction.Rating);
        var globalMeanRmse = RatingMetrics.Rmse(split.Test.Select(interaction => (globalMean, interaction.Rating)).ToArray());

        var biases = ModelEvaluator.Evaluate(new BiasBaselineModel(), split, training, settings);
        var factorization = ModelEvaluator.Evaluate(
            new BiasedMatrixFactorizationModel(new MatrixFactorizationOptions(Factors: 8, Epochs: 60, LearningRate: 0.01f, Regularization: 0.05f)),
            split,
            training,
            settings);

        Assert.True(biases.Rmse < globalMeanRmse, $"bias RMSE {biases.Rmse:0.000} vs global mean {globalMeanRmse:0.000}");
        Assert.True(factorization.Rmse < biases.Rmse * 0.8, $"MF RMSE {factorization.Rmse:0.000} vs biases {biases.Rmse:0.000}");
    }

    [Fact]
    public void EvaluationNeverRecommendsTrainingItems()
    {
        Interaction[] interactions = [new(0, 0, 1, 0), new(0, 1, 1, 0), new(0, 2, 1, 0), new(1, 0, 1, 0), new(1, 1, 1, 0)];
        var split = new DataSplit(interactions[..2], interactions[2..]);
        var settings = new EvaluationSettings(K: 1, RelevanceThreshold: 1, IsExplicit: false);

        // Item 0 is the most popular but user 0 trained on it, so item 2 (relevant) must come first for them.
        var result = ModelEvaluator.Evaluate(new PopularityModel(), split, new TrainingSet(interactions, 2, 3), settings);

        Assert.Equal(1.0, result.HitRate);
    }

    [Fact]
    public void TiesFallTheSameWayForTheSameTieSeedAndDifferentlyForAnother()
    {
        var interactions = SyntheticData.TwoClusters(seed: 5);
        var split = DataSplitter.RandomPerUser(interactions, 0.2, seed: 5);
        // Without genres every course scores 0: the lists are the tie order alone.
        var training = new TrainingSet(interactions, UserCount: 100, ItemCount: 100);
        ModelResult Run(int tieSeed) =>
            ModelEvaluator.Evaluate(new GenreProfileModel(), split, training, new EvaluationSettings(10, 1, IsExplicit: false, TieSeed: tieSeed));

        var first = Run(1);
        var again = Run(1);
        var other = Run(2);

        Assert.Equal((first.Ndcg, first.Precision, first.Coverage), (again.Ndcg, again.Precision, again.Coverage));
        Assert.NotEqual(first.Ndcg, other.Ndcg);
    }

    [Fact]
    public void UserHoldoutEvaluatesOnlyTheHeldOutUsers()
    {
        var interactions = SyntheticData.TwoClusters(seed: 5);
        var split = DataSplitter.UserHoldout(interactions, 0.2, seed: 5);
        var settings = new EvaluationSettings(K: 10, RelevanceThreshold: 1, IsExplicit: false);

        var result = ModelEvaluator.Evaluate(new PopularityModel(), split, new TrainingSet(interactions, 100, 100), settings);

        Assert.Equal(20, result.UsersEvaluated);
        Assert.True(result.HitRate > 0);
    }

    [Fact]
    public void ItemHoldoutRanksOnlyTheHeldOutItems()
    {
        var interactions = SyntheticData.TwoClusters(seed: 5);
        var split = DataSplitter.ItemHoldout(interactions, 0.2, seed: 5);
        var settings = new EvaluationSettings(K: 10, RelevanceThreshold: 1, IsExplicit: false);

        // Popularity knows only the training items; were they candidates they would fill every list.
        var result = ModelEvaluator.Evaluate(new PopularityModel(), split, new TrainingSet(interactions, 100, 100), settings);

        Assert.Equal(20, split.Candidates!.Count);
        Assert.InRange(result.Coverage * 100, 1, 20);
        Assert.True(result.HitRate > 0);
    }
}
