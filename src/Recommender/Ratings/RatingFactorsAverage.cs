using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// Averages the predictions of several trained factor models over the same users, items and scale into one model of the
/// same shape: biases are averaged and each user's and item's factor rows are concatenated, scaled by 1/√K, so that
/// p_u·q_i = (1/K) Σ_k p_u^k·q_i^k and the average is served (and stored) like any single model.
/// </summary>
public static class RatingFactorsAverage
{
    public static RatingFactors Of(IReadOnlyList<RatingFactors> members)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var first = members[0];
        if (members.Any(member => member.UserBias.Length != first.UserBias.Length || member.ItemBias.Length != first.ItemBias.Length))
        {
            throw new ArgumentException("Every member must cover the same users and items.", nameof(members));
        }

        var scale = 1f / MathF.Sqrt(members.Count);
        return new RatingFactors(
            members.Sum(member => member.Factors),
            first.Range,
            Mean(members.Select(member => member.UserBias).ToArray()),
            Mean(members.Select(member => member.ItemBias).ToArray()),
            Concatenated(members, member => member.UserFactors, first.UserBias.Length, scale),
            Concatenated(members, member => member.ItemFactors, first.ItemBias.Length, scale));
    }

    private static float[] Mean(float[][] vectors)
    {
        var mean = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            TensorPrimitives.Add(mean, vector, mean);
        }

        TensorPrimitives.Multiply(mean, 1f / vectors.Length, mean);
        return mean;
    }

    private static float[] Concatenated(IReadOnlyList<RatingFactors> members, Func<RatingFactors, float[]> matrix, int rows, float scale)
    {
        var width = members.Sum(member => member.Factors);
        var result = new float[rows * width];
        var offset = 0;
        foreach (var member in members)
        {
            var source = matrix(member);
            for (var row = 0; row < rows; row++)
            {
                TensorPrimitives.Multiply(
                    source.AsSpan(row * member.Factors, member.Factors), scale, result.AsSpan(row * width + offset, member.Factors));
            }

            offset += member.Factors;
        }

        return result;
    }
}
