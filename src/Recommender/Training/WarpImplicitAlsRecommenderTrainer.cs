using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Two models in one dot product: the WARP hybrid (<see cref="WarpRecommenderTrainer"/>) and implicit ALS over the
/// same positives (<see cref="ImplicitAlsTrainer"/>, interaction weights as confidences). A course row is
/// <c>[(1 − w) v_warp, w κ v_ials, (1 − w) b_warp]</c> and a known user's id vector <c>[u_warp, u_ials, 0]</c>, so the
/// served score is <c>(1 − w) · WARP + w · κ · iALS</c> with w = <see cref="ImplicitAlsOptions.BlendWeight"/> and κ the
/// ratio of the two parts' root-mean-square scores over every user–course pair. User features keep their WARP
/// embeddings (zero in the iALS part), so a user unseen in training is served by the WARP part from their features.
/// The two are trained side by side (<see cref="SideBySide"/>).
/// </summary>
public sealed class WarpImplicitAlsRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IPartTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken) =>
        Train(data, version, measured: true, cancellationToken);

    /// <inheritdoc cref="IPartTrainer.Train"/>
    public RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var space = FeatureSpace.Of(data);
        var (warp, ials) = SideBySide.Train(
            () =>
            {
                using var phase = TrainingTelemetry.Phase(TrainingTelemetry.Warp);
                return new WarpRecommenderTrainer(options, clock).Train(data, version, measured: false, cancellationToken);
            },
            () =>
            {
                using var phase = TrainingTelemetry.Phase(TrainingTelemetry.ImplicitAls);
                var positives = TrainingExamples.Positives(data.Interactions, space);
                var feedback = ImplicitFeedback.Of(
                    space.Users.Count, space.Courses.Count, positives.Select(example => (example.User, example.Course, example.Weight)));
                return ImplicitAlsTrainer.Train(feedback, options.ImplicitAls, options.Seed, cancellationToken);
            },
            cancellationToken);

        return ConcatenatedParts.Appended(
            warp, ials.Users, ials.Courses, options.ImplicitAls.BlendWeight, data, space, clock.GetUtcNow(), options.Seed, options.TrainingThreads, measured, stopwatch);
    }
}
