using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Serving;

/// <summary>Scores rescaled to mean 0 and standard deviation 1, so scores of different origins can be added.</summary>
internal static class Standardised
{
    /// <summary>Constant scores say nothing about order and become all 0. Returns the deviation divided by (0 when constant).</summary>
    public static float InPlace(Span<float> scores)
    {
        if (scores.IsEmpty)
        {
            return 0f;
        }

        var mean = TensorPrimitives.Sum<float>(scores) / scores.Length;
        TensorPrimitives.Subtract(scores, mean, scores);
        var deviation = TensorPrimitives.Norm<float>(scores) / MathF.Sqrt(scores.Length);
        TensorPrimitives.Multiply(scores, deviation > 0f ? 1f / deviation : 0f, scores);
        return deviation;
    }
}
