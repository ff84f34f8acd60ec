using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A user vector prepared for <see cref="QuantisedCourseRows"/>: its latent part in codes v in [−63, 63]
/// (<c>latent ≈ Scale · v</c>) stored as the unsigned bytes <c>v + </c><see cref="CodeOffset"/>, as <c>vpmaddubsw</c>
/// wants one operand (the course rows carry the offset's share, code sum × offset, to subtract), the bias weight kept
/// exact, and the slack that turns a quantised score into an upper bound of the exact one.
/// </summary>
/// <remarks>
/// 63 keeps a pair of products (≤ 2 · 127 · 127) inside the int16 that <c>vpmaddubsw</c> saturates at. With a row's
/// codes <c>q</c> (scale s, |c − s·q| ≤ s/2 per coordinate) and the user's codes <c>v</c> (scale t, |u − t·v| ≤ t/2):
/// |u·c − s·t·(v·q)| ≤ s·‖u‖₁/2 + s·Σ|q|·t/2 over the L latent coordinates. Float rounding in both the exact and the
/// quantised sums adds at most a few units in the last place per coordinate of the summed magnitudes (Higham,
/// "Accuracy and Stability of Numerical Algorithms", §3.1: |error| ≤ γ_n·Σ|terms|, γ_n ≈ n·2⁻²⁴); <see cref="Rounding"/>
/// bounds it twice over, on s·127·(‖u‖₁ + L·max|u|) and on |bias weight · bias|.
/// </remarks>
internal sealed class QuantisedUser
{
    /// <summary>Added to every user code so that it is a byte from 1 to 127.</summary>
    public const int CodeOffset = 64;

    private const int MaxCode = 63;

    private QuantisedUser(byte[] offsetCodes, float scale, float biasWeight, float rowSlack, float spreadSlack, float biasSlack, FourBitUser screen)
    {
        Screen = screen;
        OffsetCodes = offsetCodes;
        Quads = new Vector256<byte>[offsetCodes.Length / 4];
        for (var quad = 0; quad < Quads.Length; quad++)
        {
            Quads[quad] = Vector256.Create(MemoryMarshal.Read<int>(offsetCodes.AsSpan(quad * 4, 4))).AsByte();
        }

        Scale = scale;
        BiasWeight = biasWeight;
        RowSlack = rowSlack;
        SpreadSlack = spreadSlack;
        BiasSlack = biasSlack;
    }

    /// <summary>v + <see cref="CodeOffset"/> per latent coordinate, padded with the offset to whole groups of four.</summary>
    public byte[] OffsetCodes { get; }

    /// <summary>Each group of four <see cref="OffsetCodes"/> repeated across a register, one per row of a block.</summary>
    public Vector256<byte>[] Quads { get; }

    public float Scale { get; }

    /// <summary>The user's last coordinate, which multiplies each course's exact bias.</summary>
    public float BiasWeight { get; }

    /// <summary>Times a row's scale: ‖u‖₁/2 and the rounding allowance.</summary>
    public float RowSlack { get; }

    /// <summary>Times a row's scale · Σ|codes|: the user's own quantisation step, t/2.</summary>
    public float SpreadSlack { get; }

    /// <summary>Times a row's |bias|: how far rounding can have moved its bias term.</summary>
    public float BiasSlack { get; }

    /// <summary>The same vector for the rows' <see cref="FourBitScreen"/>.</summary>
    public FourBitUser Screen { get; }

    public static QuantisedUser Of(ReadOnlySpan<float> userVector, QuantisedCourseRows rows)
    {
        var latentLength = rows.LatentLength;
        var latent = userVector[..latentLength];
        var largest = latentLength == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(latent));
        var scale = largest == 0f ? 0f : largest / MaxCode;
        var codes = new byte[rows.Quads * 4];
        Array.Fill(codes, (byte)CodeOffset);
        for (var coordinate = 0; coordinate < latentLength && scale > 0f; coordinate++)
        {
            codes[coordinate] = (byte)(CodeOffset + (int)Math.Clamp(MathF.Round(latent[coordinate] / scale), -MaxCode, MaxCode));
        }

        var manhattan = latentLength == 0 ? 0f : TensorPrimitives.SumOfMagnitudes(latent);
        var rounding = Rounding(userVector.Length);
        var rowSlack = (manhattan / 2f) + (rounding * QuantisedCourseRows.MaxCode * (manhattan + (latentLength * largest)));
        var biasWeight = userVector[latentLength];
        var screen = FourBitUser.Of(userVector, latentLength, rows.Screen.Groups, rows.LargestBias, rounding);
        return new QuantisedUser(codes, scale, biasWeight, rowSlack, scale / 2f, rounding * Math.Abs(biasWeight), screen);
    }

    /// <summary>Twice γ for a sum of the row's length plus the few roundings of the quantised score's assembly.</summary>
    private static float Rounding(int dimension) => 2f * (dimension + 8) * MathF.Pow(2f, -24);
}
