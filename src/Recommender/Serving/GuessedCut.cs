using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A first cut for a top-k pass, guessed from a sample of the catalogue's upper bounds so that the pass hands over
/// fewer blocks while its own cut climbs (it climbs past about k · ln(n/k) courses from −∞). The guess is the score that
/// about <see cref="CoursesAboveGuess"/> · k courses are expected to reach if the bounds were normally distributed with
/// the sample's mean and spread; <see cref="BestCandidates.Ranked"/> checks it afterwards and ranks again without one
/// when fewer than k kept courses reach it, so a wrong guess costs time, never a course
/// (docs/decisions/0064-guessed-first-cut.md).
/// </summary>
internal static class GuessedCut
{
    /// <summary>
    /// How many times the list size the guess lets through: enough that a sample of a few hundred rows seldom puts the
    /// guess above the k-th score (which would cost a second pass), few enough to skip most of the climbing.
    /// </summary>
    public const int CoursesAboveGuess = 8;

    /// <summary>Runs of blocks the sample takes, spread over the catalogue, and blocks per run (512 rows in all).</summary>
    private const int SamplePieces = 4;

    private const int SampleBlocksPerPiece = 16;

    private const int SampleRows = SamplePieces * SampleBlocksPerPiece * QuantisedCourseRows.BlockRows;

    /// <summary>−∞ (no guess) for a catalogue too small for a sample to say anything about its top.</summary>
    public static float Of(QuantisedCourseRows rows, QuantisedUser user, int count)
    {
        var tail = (double)CoursesAboveGuess * count / rows.Rows;
        if (count == 0 || rows.Rows < 4 * SampleRows || tail > 0.05)
        {
            return float.NegativeInfinity;
        }

        Span<float> sample = stackalloc float[SampleRows];
        var sampled = sample[..rows.SampleUpperBounds(user, SamplePieces, SampleBlocksPerPiece, sample)];
        var mean = TensorPrimitives.Sum(sampled) / sampled.Length;
        var spread = MathF.Sqrt(MathF.Max(0f, (TensorPrimitives.SumOfSquares(sampled) / sampled.Length) - (mean * mean)));
        return mean + (spread * (float)UpperTailQuantile(tail));
    }

    /// <summary>
    /// z with P(Z ≥ z) = <paramref name="tail"/> for a standard normal Z (0 &lt; tail ≤ 0.5), by the rational
    /// approximation 26.2.23 of Abramowitz and Stegun (absolute error below 4.5 · 10⁻⁴).
    /// </summary>
    internal static double UpperTailQuantile(double tail)
    {
        var t = Math.Sqrt(-2.0 * Math.Log(tail));
        return t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1.0 + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t)));
    }
}
