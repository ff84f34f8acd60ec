using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// The product's SVD++ rating predictor (<see cref="SvdPlusPlus"/>) under evaluation. N(u) is the user's training items
/// only: the held-out items' identities are not handed to it (Koren 2008 also used which test items were rated).
/// </summary>
public sealed class SvdPlusPlusModel(SvdPlusPlusOptions options) : IRatingPredictor
{
    private BiasedMatrixFactorization? _model;

    public string Name => options.Members == 1
        ? $"SVD++ (f={options.Factors}, epochs={options.Epochs})"
        : $"SVD++ (f={options.Factors}, epochs={options.Epochs}, {options.Members} members)";

    public void Fit(TrainingSet training) => _model = SvdPlusPlus.Train(
        [.. training.Interactions.Select(interaction => new Rating(interaction.User, interaction.Item, interaction.Rating))],
        ImplicitFeedback.Of(training.Interactions.Select(interaction => (interaction.User, interaction.Item)), training.UserCount),
        training.ItemCount,
        options);

    public float PredictRating(int user, int item) =>
        (_model ?? throw new InvalidOperationException("Fit the model first.")).Predict(user, item);
}
