using System.Diagnostics;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

internal static class TrainingAuc
{
    /// <summary>
    /// Share of (taken course, untaken course) pairs of the same user that the served scores order correctly (a tie
    /// counts as wrong), with one untaken course drawn uniformly per taken one (<see cref="Negatives"/>). Users are
    /// counted on up to <paramref name="threads"/> threads (the training's own, so that a one-thread training uses one
    /// core to the end), each drawing from its own generator, so the figure depends on <paramref name="seed"/> and not
    /// on the number of threads; scores skip the zeros of sparse course rows (<see cref="NonZeroRuns"/>).
    /// </summary>
    public static double Of(RecommenderModel model, FeatureSpace space, TakenCourses taken, int seed, int threads)
    {
        var runs = NonZeroRuns.Of(model);
        var correct = 0L;
        var pairs = 0L;
        Parallel.For(
            0,
            space.Users.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            () => (Correct: 0L, Pairs: 0L, Vector: new float[model.Dimension], Negatives: new List<float>()),
            (user, _, counts) =>
            {
                var drawn = Negatives(taken, user, model.Courses.Count, seed);
                if (drawn.Length == 0)
                {
                    return counts;
                }

                var (vector, negatives) = (counts.Vector, counts.Negatives);
                model.WriteUserVector(space.Users[user], vector);
                negatives.Clear();
                foreach (var course in drawn)
                {
                    negatives.Add(runs.Score(vector, model, course));
                }

                negatives.Sort();
                foreach (var course in taken.Of(user))
                {
                    counts.Correct += LowerBound(negatives, runs.Score(vector, model, course));
                }

                counts.Pairs += (long)drawn.Length * drawn.Length;
                return counts;
            },
            counts =>
            {
                Interlocked.Add(ref correct, counts.Correct);
                Interlocked.Add(ref pairs, counts.Pairs);
            });

        return pairs == 0 ? 0 : (double)correct / pairs;
    }

    /// <summary>
    /// <paramref name="model"/> reporting its training AUC (<see cref="Of"/>) and the training time so far: how every
    /// trainer measures the model it serves.
    /// </summary>
    public static RecommenderModel Measured(
        RecommenderModel model, FeatureSpace space, TakenCourses taken, int seed, int threads, Stopwatch stopwatch) =>
        model.WithMetrics(model.Metrics with
        {
            TrainingAuc = Of(model, space, taken, seed, threads),
            TrainingSeconds = stopwatch.Elapsed.TotalSeconds,
        });

    /// <summary>
    /// The untaken courses <see cref="Of"/> pairs with <paramref name="user"/>'s taken ones: as many as they took, drawn
    /// uniformly from a generator seeded by <paramref name="seed"/> and the user; none for a user who took nothing or every course.
    /// </summary>
    public static int[] Negatives(TakenCourses taken, int user, int courses, int seed)
    {
        var count = taken.Count(user);
        if (count == 0 || count >= courses)
        {
            return [];
        }

        var draws = new FastDraws(new Random(unchecked((seed * 1_000_003) ^ user)));
        var negatives = new int[count];
        for (var index = 0; index < count; index++)
        {
            do
            {
                negatives[index] = draws.Next(courses);
            }
            while (taken.Contains(user, negatives[index]));
        }

        return negatives;
    }

    /// <summary>How many of the sorted <paramref name="values"/> are below <paramref name="value"/>.</summary>
    private static int LowerBound(List<float> values, float value)
    {
        var (low, high) = (0, values.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = values[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
