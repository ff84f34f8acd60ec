using System.Numerics.Tensors;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

internal static class TrainingAuc
{
    /// <summary>
    /// Share of (positive, sampled negative) pairs of the same user that the served scores order correctly. Examples are
    /// bucketed by user with a counting sort, and each user's vector is written once; users are counted in parallel.
    /// </summary>
    public static double Of(RecommenderModel model, FeatureSpace space, IReadOnlyList<TrainingExample> examples)
    {
        var starts = new int[space.Users.Count + 1];
        foreach (var example in examples)
        {
            starts[example.User + 1]++;
        }

        for (var user = 0; user < space.Users.Count; user++)
        {
            starts[user + 1] += starts[user];
        }

        var byUser = new TrainingExample[examples.Count];
        var next = starts[..^1];
        foreach (var example in examples)
        {
            byUser[next[example.User]++] = example;
        }

        var correct = 0L;
        var pairs = 0L;
        Parallel.For(
            0,
            space.Users.Count,
            () => (Correct: 0L, Pairs: 0L, Vector: new float[model.Dimension], Negatives: new List<float>()),
            (user, _, counts) =>
            {
                var mine = byUser.AsSpan(starts[user], starts[user + 1] - starts[user]);
                if (mine.IsEmpty)
                {
                    return counts;
                }

                var (vector, negatives) = (counts.Vector, counts.Negatives);
                model.WriteUserVector(space.Users[user], vector);
                negatives.Clear();
                foreach (var example in mine)
                {
                    if (!example.Taken)
                    {
                        negatives.Add(TensorPrimitives.Dot(vector, model.CourseVector(example.Course)));
                    }
                }

                negatives.Sort();
                foreach (var example in mine)
                {
                    if (example.Taken)
                    {
                        counts.Correct += LowerBound(negatives, TensorPrimitives.Dot(vector, model.CourseVector(example.Course)));
                        counts.Pairs += negatives.Count;
                    }
                }

                return counts;
            },
            counts =>
            {
                Interlocked.Add(ref correct, counts.Correct);
                Interlocked.Add(ref pairs, counts.Pairs);
            });

        return pairs == 0 ? 0 : (double)correct / pairs;
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
