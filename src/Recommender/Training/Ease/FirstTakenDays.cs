using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>When each learner first took each of their courses, for EASE's <see cref="TimeKernel"/>.</summary>
internal static class FirstTakenDays
{
    private const double MillisecondsPerDay = 86_400_000.0;

    /// <summary>A kernel over the learners' first interaction with each course in <paramref name="coursesByUser"/> (dense indexes of <paramref name="space"/>).</summary>
    public static TimeKernel Kernel(RecommenderTrainingSet data, FeatureSpace space, int[][] coursesByUser, double scaleDays, double mix)
    {
        var first = new Dictionary<(int User, int Course), DateTimeOffset>();
        foreach (var interaction in data.Interactions)
        {
            var pair = (space.UserIndex[interaction.UserKey], space.CourseIndex[interaction.CourseKey]);
            if (!first.TryGetValue(pair, out var at) || interaction.At < at)
            {
                first[pair] = interaction.At;
            }
        }

        double[][] days = [.. coursesByUser.Select((courses, user) =>
            courses.Select(course => first[(user, course)].ToUnixTimeMilliseconds() / MillisecondsPerDay).ToArray())];
        return new TimeKernel(days, scaleDays, mix);
    }
}
