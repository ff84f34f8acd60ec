using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A user vector prepared for <see cref="QuantisedCourseRows"/>: its latent part in int16 (<c>latent ≈ Scale · codes</c>),
/// two codes packed per int as <c>vpmaddwd</c> reads them, the bias weight kept exact, and the slack that turns a quantised
/// score into an upper bound of the exact one.
/// </summary>
/// <remarks>
/// With a row's codes <c>q</c> (scale s, |c − s·q| ≤ s/2 per coordinate) and the user's codes <c>v</c> (scale t,
/// |u − t·v| ≤ t/2): |u·c − s·t·(v·q)| ≤ Σ|u|·s/2 + Σ|s·q|·t/2 ≤ s·(‖u‖₁ + 127·L·t)/2 over the L latent coordinates. Float
/// rounding in both the exact and the quantised sums adds at most a few units in the last place per coordinate of the
/// summed magnitudes (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1: |error| ≤ γ_n·Σ|terms|,
/// γ_n ≈ n·2⁻²⁴); <see cref="Rounding"/> bounds it twice over, on s·127·(‖u‖₁ + L·max|u|) and on |bias weight · bias|.
/// </remarks>
internal sealed class QuantisedUser
{
    private QuantisedUser(int[] pairs, float scale, float biasWeight, float rowSlack, float biasSlack)
    {
        Pairs = pairs;
        Scale = scale;
        BiasWeight = biasWeight;
        RowSlack = rowSlack;
        BiasSlack = biasSlack;
    }

    /// <summary>Coordinate pairs of the latent codes: the even coordinate in the low 16 bits, the odd one in the high.</summary>
    public int[] Pairs { get; }

    public float Scale { get; }

    /// <summary>The user's last coordinate, which multiplies each course's exact bias.</summary>
    public float BiasWeight { get; }

    /// <summary>Times a row's scale: how far quantisation and rounding can have moved the row's latent score.</summary>
    public float RowSlack { get; }

    /// <summary>Times a row's |bias|: how far rounding can have moved its bias term.</summary>
    public float BiasSlack { get; }

    public static QuantisedUser Of(ReadOnlySpan<float> userVector, QuantisedCourseRows rows)
    {
        var latentLength = rows.LatentLength;
        var latent = userVector[..latentLength];
        // The largest code keeps every int32 sum of L products below 2³¹ however long the rows grow.
        var maxCode = Math.Min(short.MaxValue, int.MaxValue / (127 * Math.Max(1, latentLength)));
        var largest = latentLength == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(latent));
        var scale = largest == 0f ? 0f : largest / maxCode;
        var pairs = new int[rows.Pairs];
        for (var coordinate = 0; coordinate < latentLength && scale > 0f; coordinate++)
        {
            var code = (int)Math.Clamp(MathF.Round(latent[coordinate] / scale), -maxCode, maxCode);
            pairs[coordinate / 2] |= coordinate % 2 == 0 ? code & 0xFFFF : code << 16;
        }

        var manhattan = latentLength == 0 ? 0f : TensorPrimitives.SumOfMagnitudes(latent);
        var rounding = Rounding(userVector.Length);
        var rowSlack = ((manhattan + (127f * latentLength * scale)) / 2f) + (rounding * 127f * (manhattan + (latentLength * largest)));
        var biasWeight = userVector[latentLength];
        return new QuantisedUser(pairs, scale, biasWeight, rowSlack, rounding * Math.Abs(biasWeight));
    }

    /// <summary>Twice γ for a sum of the row's length plus the few roundings of the quantised score's assembly.</summary>
    private static float Rounding(int dimension) => 2f * (dimension + 8) * MathF.Pow(2f, -24);
}
