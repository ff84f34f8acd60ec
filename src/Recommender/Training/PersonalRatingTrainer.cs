using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Blends the learner's own predicted stars into the served ranking: <paramref name="inner"/> trains the ranking model
/// and the explicit-rating predictor that serves predictedRating (<see cref="RatingPredictorTrainer"/>); this appends the
/// predictor's <see cref="PersonalRatingFactors"/> to every vector, so the served score is
/// <c>(1 − β) · ranking + β · κ · (b_i + p_u·q_i)</c>, β = <see cref="TrainerOptions.PersonalRatingWeight"/> and κ the ratio of
/// the two parts' root-mean-square scores. Where "relevant" means "will be rated well", the chance of taking a course and
/// the stars it would get both count. Without a predictor (too few ratings) or with β = 0 the model is unchanged.
/// </summary>
internal sealed class PersonalRatingTrainer(IPartTrainer inner, TrainerOptions options, TimeProvider clock) : IRecommenderTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // When the personal part will be appended, only the whole is measured.
        var appended = options.PersonalRatingWeight != 0f && RatingPredictor.HasEnough(data.Ratings, options.MinimumRatings);
        var model = inner.Train(data, version, measured: !appended, cancellationToken);
        if (model.Ratings is not { } ratings || options.PersonalRatingWeight == 0f)
        {
            return model;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var space = FeatureSpace.Of(data);
        var (users, courses) = PersonalRatingFactors.Of(ratings, space);
        return ConcatenatedParts.Appended(
                model, users, courses, options.PersonalRatingWeight, data, space, clock.GetUtcNow(), options.Seed, options.TrainingThreads, measured: true, stopwatch)
            .WithRatings(ratings);
    }
}
