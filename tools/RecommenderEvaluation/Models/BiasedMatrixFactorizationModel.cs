using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>The product's explicit-rating predictor (<see cref="BiasedMatrixFactorization"/>) under evaluation.</summary>
public sealed class BiasedMatrixFactorizationModel(MatrixFactorizationOptions options) : IRatingPredictor
{
    private BiasedMatrixFactorization? _model;

    public string Name => $"biased MF (f={options.Factors}, epochs={options.Epochs})";

    public void Fit(TrainingSet training) => _model = BiasedMatrixFactorization.Train(
        training.Interactions.Select(interaction => new Rating(interaction.User, interaction.Item, interaction.Rating)).ToList(),
        training.UserCount,
        training.ItemCount,
        options);

    public float PredictRating(int user, int item) =>
        (_model ?? throw new InvalidOperationException("Fit the model first.")).Predict(user, item);
}
