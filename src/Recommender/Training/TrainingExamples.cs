using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Implicit feedback as classification examples: each user–course pair with interactions is a positive weighted by
/// its summed interaction weight; each positive brings <c>negatives</c> courses the user never touched as negatives
/// of weight 1, drawn with a fixed seed with probability proportional to (users who took the course + 1) raised to
/// <c>popularityExponent</c>. Uniform negatives (exponent 0) are mostly courses nobody wants, which teaches the model
/// popularity; popular negatives make it learn what sets a user's taste apart. The examples come back in one seeded
/// random order.
/// </summary>
internal static class TrainingExamples
{
    /// <summary>Most copies a heavily used pair gets, so a few binge users do not drown everyone else.</summary>
    public const int MaxCopies = 5;

    /// <summary>
    /// Weights as repeats: ML.NET 5's FFM <c>Fit</c> maps the example-weight column to a feature role and then rejects
    /// it, so a pair of weight w is shown round(w) times (1 to <see cref="MaxCopies"/>) in a row instead.
    /// </summary>
    public static int Copies(TrainingExample example) => Math.Clamp((int)MathF.Round(example.Weight), 1, MaxCopies);

    public static TrainingExample[] Build(
        IReadOnlyList<Interaction> interactions, FeatureSpace space, int negatives, float popularityExponent, Random random)
    {
        var positives = Positives(interactions, space);
        var taken = new TakenCourses(positives, space.Users.Count);
        var sampler = NegativeSampler(positives, space.Courses.Count, popularityExponent);

        var examples = new List<TrainingExample>(positives.Count * (1 + negatives));
        var courseCount = space.Courses.Count;
        foreach (var positive in positives)
        {
            examples.Add(positive);
            if (taken.Count(positive.User) >= courseCount)
            {
                continue;
            }

            for (var drawn = 0; drawn < negatives; drawn++)
            {
                int course;
                do
                {
                    course = sampler(random);
                }
                while (taken.Contains(positive.User, course));

                examples.Add(new TrainingExample(positive.User, course, false, 1f));
            }
        }

        var shuffled = examples.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>
    /// One positive per user–course pair with a positive summed weight, ordered by user, then course. The pairs are
    /// sorted as 64-bit keys rather than grouped through a hash table (a million interactions: a fifth of the time); each
    /// pair's weights are summed in the order the interactions came, in double precision, as a LINQ grouping sums them.
    /// </summary>
    public static List<TrainingExample> Positives(IReadOnlyList<Interaction> interactions, FeatureSpace space)
    {
        var pairs = new long[interactions.Count];
        var arrival = new int[interactions.Count];
        for (var index = 0; index < pairs.Length; index++)
        {
            var interaction = interactions[index];
            pairs[index] = ((long)space.UserIndex[interaction.UserKey] << 32) | (uint)space.CourseIndex[interaction.CourseKey];
            arrival[index] = index;
        }

        Array.Sort(pairs, arrival);
        var positives = new List<TrainingExample>();
        for (var start = 0; start < pairs.Length;)
        {
            var end = start + 1;
            while (end < pairs.Length && pairs[end] == pairs[start])
            {
                end++;
            }

            Array.Sort(arrival, start, end - start);
            var weight = 0.0;
            for (var index = start; index < end; index++)
            {
                weight += interactions[arrival[index]].Weight;
            }

            if ((float)weight > 0f)
            {
                positives.Add(new TrainingExample((int)(pairs[start] >> 32), (int)(uint)pairs[start], true, (float)weight));
            }

            start = end;
        }

        return positives;
    }

    public static Dictionary<int, HashSet<int>> TakenByUser(IEnumerable<TrainingExample> positives) =>
        positives
            .GroupBy(example => example.User)
            .ToDictionary(group => group.Key, group => group.Select(example => example.Course).ToHashSet());

    /// <summary>Draws a course index with probability ∝ (takers + 1)^exponent by binary search over the running totals.</summary>
    private static Func<Random, int> NegativeSampler(IEnumerable<TrainingExample> positives, int courseCount, float exponent)
    {
        var takers = new int[courseCount];
        foreach (var positive in positives)
        {
            takers[positive.Course]++;
        }

        var cumulative = new double[courseCount];
        var total = 0.0;
        for (var course = 0; course < courseCount; course++)
        {
            total += Math.Pow(takers[course] + 1, exponent);
            cumulative[course] = total;
        }

        return random =>
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return Math.Min(index < 0 ? ~index : index, courseCount - 1);
        };
    }
}
