using System.Globalization;
using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Implicit ALS on its own (<see cref="ImplicitAlsTrainer"/>, Rendle et al. 2021's scheme): every training interaction
/// is an observed pair whose confidence is its rating weight (<see cref="RatingWeights"/>; weight 0 leaves it out), and
/// a user's score for an item is the dot product of their factors.
/// </summary>
public sealed class ImplicitAlsRecommenderModel(ImplicitAlsOptions options, RatingWeights weights, int seed) : IRecommenderModel
{
    private ImplicitAlsModel? _model;

    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"iALS (d={options.Dimension}, ep={options.Epochs}, λ={options.Regularization}, ν={options.RegularizationExponent}, α0={options.UnobservedWeight}, cg={options.ConjugateGradientSteps})");

    public void Fit(TrainingSet training)
    {
        var feedback = ImplicitFeedback.Of(
            training.UserCount,
            training.ItemCount,
            training.Interactions.Select(interaction => (interaction.User, interaction.Item, weights.Of(interaction.Rating))));
        _model = ImplicitAlsTrainer.Train(feedback, options, seed, CancellationToken.None);
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var model = _model ?? throw new InvalidOperationException("Fit the model first.");
        var userRow = model.Users.Row(user);
        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = TensorPrimitives.Dot(userRow, model.Courses.Row(candidates[index]));
        }
    }
}
