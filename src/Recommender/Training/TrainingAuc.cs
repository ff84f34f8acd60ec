using System.Numerics.Tensors;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

internal static class TrainingAuc
{
    /// <summary>
    /// Share of (positive, sampled negative) pairs of the same user that the served scores order correctly. Examples are
    /// bucketed by user with a counting sort, and each user's vector is written once into one buffer.
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

        var vector = new float[model.Dimension];
        var negatives = new List<float>();
        var correct = 0L;
        var pairs = 0L;
        for (var user = 0; user < space.Users.Count; user++)
        {
            var mine = byUser.AsSpan(starts[user], starts[user + 1] - starts[user]);
            if (mine.IsEmpty)
            {
                continue;
            }

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
                    correct += LowerBound(negatives, TensorPrimitives.Dot(vector, model.CourseVector(example.Course)));
                    pairs += negatives.Count;
                }
            }
        }

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
