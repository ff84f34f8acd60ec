using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>The served EASE part's <see cref="TimeKernel"/>: each learner's first interaction with each of their courses.</summary>
internal static class FirstTakenDays
{
    private const double MillisecondsPerDay = 86_400_000.0;

    /// <summary>A kernel over <paramref name="coursesByUser"/> (dense indexes of <paramref name="space"/>).</summary>
    public static TimeKernel Kernel(RecommenderTrainingSet data, FeatureSpace space, int[][] coursesByUser, double scaleDays, double mix) =>
        TimeKernel.OfFirstTimes(
            data.Interactions.Select(interaction => (
                space.UserIndex[interaction.UserKey], space.CourseIndex[interaction.CourseKey], interaction.At.ToUnixTimeMilliseconds() / MillisecondsPerDay)),
            coursesByUser,
            scaleDays,
            mix);
}
