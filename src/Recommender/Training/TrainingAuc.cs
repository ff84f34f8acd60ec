using System.Numerics.Tensors;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

internal static class TrainingAuc
{
    /// <summary>Share of (positive, sampled negative) pairs of the same user that the served scores order correctly.</summary>
    public static double Of(RecommenderModel model, FeatureSpace space, IReadOnlyList<TrainingExample> examples)
    {
        var userVectors = new Dictionary<int, float[]>();
        float Score(TrainingExample example)
        {
            if (!userVectors.TryGetValue(example.User, out var vector))
            {
                vector = new float[model.Dimension];
                model.WriteUserVector(space.Users[example.User], vector);
                userVectors[example.User] = vector;
            }

            return TensorPrimitives.Dot(vector, model.CourseVector(example.Course));
        }

        var correct = 0L;
        var pairs = 0L;
        foreach (var user in examples.GroupBy(example => example.User))
        {
            var negatives = user.Where(example => !example.Taken).Select(Score).Order().ToArray();
            foreach (var positive in user.Where(example => example.Taken).Select(Score))
            {
                correct += LowerBound(negatives, positive);
                pairs += negatives.Length;
            }
        }

        return pairs == 0 ? 0 : (double)correct / pairs;
    }

    /// <summary>How many of the sorted <paramref name="values"/> are below <paramref name="value"/>.</summary>
    private static int LowerBound(float[] values, float value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = values[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
