using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Implicit feedback as classification examples: each user–course pair with interactions is a positive weighted by
/// its summed interaction weight; each positive brings <c>negatives</c> courses the user never touched, drawn
/// uniformly with a fixed seed, as negatives of weight 1. The examples come back in one seeded random order.
/// </summary>
internal static class TrainingExamples
{
    /// <summary>Most copies a heavily used pair gets, so a few binge users do not drown everyone else.</summary>
    public const int MaxCopies = 5;

    /// <summary>
    /// Weights as repeats: ML.NET 5's FFM <c>Fit</c> maps the example-weight column to a feature role and then rejects
    /// it, so a pair of weight w is shown round(w) times (1 to <see cref="MaxCopies"/>) in a row instead.
    /// </summary>
    public static IEnumerable<TrainingExample> RepeatByWeight(IEnumerable<TrainingExample> examples) =>
        examples.SelectMany(example => Enumerable.Repeat(example, Math.Clamp((int)MathF.Round(example.Weight), 1, MaxCopies)));

    public static TrainingExample[] Build(
        IReadOnlyList<Interaction> interactions, FeatureSpace space, int negatives, Random random)
    {
        var positives = interactions
            .GroupBy(interaction => (User: space.UserIndex[interaction.UserKey], Course: space.CourseIndex[interaction.CourseKey]))
            .Select(pair => new TrainingExample(pair.Key.User, pair.Key.Course, true, pair.Sum(interaction => interaction.Weight)))
            .Where(example => example.Weight > 0f)
            .OrderBy(example => example.User)
            .ThenBy(example => example.Course)
            .ToList();
        var takenByUser = positives
            .GroupBy(example => example.User)
            .ToDictionary(group => group.Key, group => group.Select(example => example.Course).ToHashSet());

        var examples = new List<TrainingExample>(positives.Count * (1 + negatives));
        var courseCount = space.Courses.Count;
        foreach (var positive in positives)
        {
            examples.Add(positive);
            var taken = takenByUser[positive.User];
            if (taken.Count >= courseCount)
            {
                continue;
            }

            for (var drawn = 0; drawn < negatives; drawn++)
            {
                int course;
                do
                {
                    course = random.Next(courseCount);
                }
                while (taken.Contains(course));

                examples.Add(new TrainingExample(positive.User, course, false, 1f));
            }
        }

        var shuffled = examples.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }
}
