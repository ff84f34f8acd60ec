using System.Diagnostics;
using System.Numerics.Tensors;
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
/// </summary>
public sealed class WarpImplicitAlsRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IRecommenderTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var warp = new WarpRecommenderTrainer(options, clock).Train(data, version, cancellationToken);
        var space = FeatureSpace.Of(data);
        var positives = TrainingExamples.Positives(data.Interactions, space);
        var feedback = ImplicitFeedback.Of(
            space.Users.Count, space.Courses.Count, positives.Select(example => (example.User, example.Course, example.Weight)));
        var ials = ImplicitAlsTrainer.Train(feedback, options.ImplicitAls, options.Seed, cancellationToken);

        var warpUsers = warp.UserKeys.Select(key => space.UserIndex[key]).ToArray();
        var warpLatent = warp.Dimension - 1;
        var ialsDimension = options.ImplicitAls.Dimension;
        var dimension = warpLatent + ialsDimension + 1;
        var blend = options.ImplicitAls.BlendWeight;
        var scale = ScoreScale(warp, warpUsers, ials);

        var courseVectors = new float[warp.Courses.Count * dimension];
        for (var course = 0; course < warp.Courses.Count; course++)
        {
            var row = courseVectors.AsSpan(course * dimension, dimension);
            var warpRow = warp.CourseVector(course);
            Scaled(warpRow[..warpLatent], 1f - blend, row[..warpLatent]);
            Scaled(ials.Courses.Row(course), blend * scale, row.Slice(warpLatent, ialsDimension));
            row[^1] = (1f - blend) * warpRow[^1];
        }

        var userIdVectors = new float[warpUsers.Length * dimension];
        for (var user = 0; user < warpUsers.Length; user++)
        {
            var row = userIdVectors.AsSpan(user * dimension, dimension);
            warp.UserIdVectors.Slice(user * warp.Dimension, warpLatent).CopyTo(row);
            ials.Users.Row(warpUsers[user]).CopyTo(row[warpLatent..]);
        }

        var featureVectors = new float[warp.FeatureTokens.Count * dimension];
        for (var token = 0; token < warp.FeatureTokens.Count; token++)
        {
            warp.FeatureVectors.Slice(token * warp.Dimension, warpLatent).CopyTo(featureVectors.AsSpan(token * dimension));
        }

        RecommenderModel Build(RecommenderMetrics metrics) => new(
            version, clock.GetUtcNow(), metrics, dimension, warp.Courses, courseVectors, warp.Popularity.ToArray(),
            warp.UserKeys, userIdVectors, warp.FeatureTokens, featureVectors);

        return ConcatenatedParts.Measured(Build, warp.Metrics, data, space, options.Seed, stopwatch);
    }

    /// <summary>κ: root-mean-square WARP latent score over root-mean-square iALS score, both over every user–course pair.</summary>
    private static float ScoreScale(RecommenderModel warp, int[] warpUsers, ImplicitAlsModel ials)
    {
        var (users, courses) = ConcatenatedParts.LatentFactorsOf(warp);
        return ConcatenatedParts.ScoreScale(users, courses, ConcatenatedParts.Rows(ials.Users, warpUsers), ials.Courses);
    }

    private static void Scaled(ReadOnlySpan<float> source, float factor, Span<float> destination) =>
        TensorPrimitives.Multiply(source, factor, destination);
}
