using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training.Ease;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// WARP ⊕ iALS (<see cref="WarpImplicitAlsRecommenderTrainer"/>, iALS share <see cref="EaseBlendOptions.ImplicitAlsBlendWeight"/>) and EASE^R (<see cref="EaseWeights"/>, in the low-rank
/// served form of <see cref="LowRankEase"/>) in one dot product. A course row is <c>[(1 − e) v, e κ v_ease, (1 − e) b]</c>
/// with <c>[v, b]</c> its WARP ⊕ iALS row, and a known user's id vector <c>[u, x_u·B·V, 0]</c>, so the served score is
/// <c>(1 − e) · (WARP ⊕ iALS) + e · κ · EASE</c> with e = <see cref="EaseBlendOptions.BlendWeight"/> and κ the ratio of the
/// parts' root-mean-square scores over every user–course pair. B may be blended with RP3beta's weights
/// (<see cref="EaseBlendOptions.RandomWalkShare"/>). Feature tokens are zero in the EASE part: a user unseen
/// in training is served by the WARP part from their features, and a course EASE does not model scores 0 in it. EASE
/// trains beside WARP ⊕ iALS (<see cref="SideBySide"/>).
/// </summary>
public sealed class WarpImplicitAlsEaseRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IPartTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken) =>
        Train(data, version, measured: true, cancellationToken);

    /// <inheritdoc cref="IPartTrainer.Train"/>
    public RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var settings = options.Ease;
        var withoutEase = options with { ImplicitAls = options.ImplicitAls with { BlendWeight = settings.ImplicitAlsBlendWeight } };
        var space = FeatureSpace.Of(data);
        var (blended, (easeUsers, easeCourses)) = SideBySide.Train(
            () => new WarpImplicitAlsRecommenderTrainer(withoutEase, clock).Train(data, version, measured: false, cancellationToken),
            () => EasePart(data, space, settings, cancellationToken),
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        return ConcatenatedParts.Appended(
            blended, easeUsers, easeCourses, settings.BlendWeight, data, space, clock.GetUtcNow(), options.Seed, options.TrainingThreads, measured, stopwatch);
    }

    private (LatentFactors Users, LatentFactors Courses) EasePart(
        RecommenderTrainingSet data, FeatureSpace space, EaseBlendOptions settings, CancellationToken cancellationToken)
    {
        using var phase = TrainingTelemetry.Phase(TrainingTelemetry.Ease);
        var takenByUser = TrainingExamples.TakenByUser(TrainingExamples.Positives(data.Interactions, space));
        int[][] coursesByUser = [.. Enumerable.Range(0, space.Users.Count)
            .Select(user => takenByUser.TryGetValue(user, out var taken) ? taken.Order().ToArray() : [])];
        cancellationToken.ThrowIfCancellationRequested();
        var weights = EaseWeights.Fit(
            coursesByUser, space.Courses.Count, settings.Regularization, settings.MinimumLearners, settings.MaximumCourses, settings.Dropout,
            settings.LearnerWeightExponent, settings.TimeScaleDays > 0 ? FirstTakenDays.Kernel(data, space, coursesByUser, settings.TimeScaleDays, settings.TimeMix) : null);
        if (settings.RandomWalkShare > 0)
        {
            var walks = RandomWalkWeights.Fit(
                coursesByUser, space.Courses.Count, settings.MinimumLearners, settings.MaximumCourses, settings.RandomWalkExponent,
                settings.RandomWalkPopularityExponent, settings.RandomWalkNeighbours);
            weights = weights.Blended(walks, settings.RandomWalkShare);
        }

        return LowRankEase.Factor(weights, space.Courses.Count, settings.Rank, options.Seed);
    }
}
