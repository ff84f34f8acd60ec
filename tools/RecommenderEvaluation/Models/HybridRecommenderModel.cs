using System.Globalization;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// The product's hybrid recommender under evaluation: the same trainer (<see cref="TrainerOptions.Algorithm"/>)
/// and serving code (one dot product per item). Items are courses whose tags are the item features; every interaction is a
/// positive weighted by its rating (<see cref="RatingWeights"/>; weight 0 leaves it out).
/// </summary>
public sealed class HybridRecommenderModel(TrainerOptions options, RatingWeights weights) : IRecommenderModel
{
    private RecommenderModel? _model;
    private float[] _scores = [];

    public string Name => options.Algorithm switch
    {
        RecommenderAlgorithm.Warp => $"hybrid WARP (d={options.Warp.Dimension}, ep={options.Warp.Epochs}, lr={options.Warp.LearningRate}, λ={options.Warp.Lambda})",
        RecommenderAlgorithm.WarpWithImplicitAls =>
            $"hybrid WARP ⊕ iALS (d={options.Warp.Dimension}+{options.ImplicitAls.Dimension}, w={options.ImplicitAls.BlendWeight})",
        _ => $"hybrid FFM (d={options.LatentDimension}, it={options.Iterations}, neg={options.NegativesPerPositive})",
    };

    public void Fit(TrainingSet training)
    {
        var interactions = training.Interactions
            .Select(interaction => new Interaction(
                Key(interaction.User),
                Key(interaction.Item),
                weights.Of(interaction.Rating),
                DateTimeOffset.FromUnixTimeSeconds(interaction.Timestamp)))
            .ToList();
        // Implicit data rates everything alike, which leaves every rating bias at 0.
        var ratings = training.Interactions.ToLookup(interaction => interaction.Item, interaction => (double)interaction.Rating);
        var items = Enumerable.Range(0, training.ItemCount)
            .Select(item => CourseFeatures.None(Key(item)) with
            {
                Tags = training.ItemFeatures?.GetValueOrDefault(item) ?? [],
                Ratings = ratings[item].Any() ? new CourseRatings(ratings[item].Count(), ratings[item].Average()) : CourseRatings.None,
            })
            .ToList();
        _model = RecommenderTrainers.For(options, TimeProvider.System)
            .Train(new RecommenderTrainingSet(interactions, [], items), version: 1, CancellationToken.None);
        _scores = new float[_model.Courses.Count];
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var model = _model ?? throw new InvalidOperationException("Fit the model first.");
        var userVector = new float[model.Dimension];
        model.WriteUserVector(UserFeatures.None(Key(user)), userVector);
        TopKRecommender.ScoreAll(model, userVector, _scores);
        for (var index = 0; index < candidates.Length; index++)
        {
            // Items were handed to the trainer in index order, so course row i is item i.
            scores[index] = _scores[candidates[index]];
        }
    }

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);
}
