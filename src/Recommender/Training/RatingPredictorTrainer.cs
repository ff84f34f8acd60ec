using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Adds the explicit-rating predictor (SVD++ over the star ratings, with the interactions as implicit feedback, averaged over
/// <see cref="TrainerOptions.RatingPredictorMembers"/> seeds) to whatever ranking model <paramref name="inner"/> trains, when the training set
/// holds at least <see cref="TrainerOptions.MinimumRatings"/> star ratings; the model then serves both. The two train
/// side by side (<see cref="SideBySide"/>).
/// </summary>
internal sealed class RatingPredictorTrainer(IPartTrainer inner, TrainerOptions options) : IPartTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken) =>
        Train(data, version, measured: true, cancellationToken);

    /// <summary>Trains both; <paramref name="measured"/> goes to the ranking model.</summary>
    public RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken)
    {
        var (model, ratings) = SideBySide.Train(
            () => inner.Train(data, version, measured, cancellationToken),
            () =>
            {
                using var phase = TrainingTelemetry.Phase(TrainingTelemetry.RatingPredictor);
                return RatingPredictor.TrainWhenEnough(
                    data.Ratings, data.Interactions, options.MinimumRatings, RatingPredictor.DefaultOptions with { Members = options.RatingPredictorMembers });
            },
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return ratings is null ? model : model.WithRatings(ratings);
    }
}
