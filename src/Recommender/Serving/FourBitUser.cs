using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A user vector prepared for <see cref="FourBitScreen"/>: its latent part in signed codes v in [−127, 127]
/// (<c>latent ≈ t · v</c>), the constants that turn a 4-bit dot product into an upper bound of the exact score.
/// </summary>
/// <remarks>
/// With a row's 4-bit codes q (step σ = <see cref="FourBitScreen.StepRatio"/> · s, residual r = c − σ·q) and
/// u = t·v + e (|eᵢ| ≤ t/2): u·c = σ·t·(v·q) + σ·(e·q) + u·r, with |σ·(e·q)| ≤ σ · t/2 · 7L and |u·r| ≤ ‖u‖·s·κ. The float
/// rounding of the exact score and of this bound's assembly is allowed for as in <see cref="QuantisedUser"/>: twice γ
/// on s · 127 · (2‖u‖₁ + L·max|u|) (every |cᵢ| ≤ 127·s) and on the largest |bias weight · bias|.
/// </remarks>
internal sealed class FourBitUser
{
    private const int MaxCode = 127;

    private FourBitUser(sbyte[] codes, int dotStart, float step, float slack, float norm, float biasWeight, float biasSlack)
    {
        Codes = codes;
        Quads = new Vector256<sbyte>[codes.Length / 4];
        for (var quad = 0; quad < Quads.Length; quad++)
        {
            Quads[quad] = Vector256.Create(MemoryMarshal.Read<int>(MemoryMarshal.AsBytes(codes.AsSpan(quad * 4, 4)))).AsSByte();
        }

        DotStart = dotStart;
        Step = step;
        Slack = slack;
        Norm = norm;
        BiasWeight = biasWeight;
        BiasSlack = biasSlack;
    }

    /// <summary>v per latent coordinate, padded with zeros to whole groups of eight.</summary>
    public sbyte[] Codes { get; }

    /// <summary>Each group of four <see cref="Codes"/> repeated across a register, one per row of a block.</summary>
    public Vector256<sbyte>[] Quads { get; }

    /// <summary>−<see cref="FourBitScreen.CodeOffset"/> · Σv: what the nibbles' offset adds to a dot product, taken off.</summary>
    public int DotStart { get; }

    /// <summary>σ / s · t: a row's 4-bit dot product times this and its int8 scale estimates its latent score.</summary>
    public float Step { get; }

    /// <summary>Times a row's scale: the user's own rounding and the float rounding allowance.</summary>
    public float Slack { get; }

    /// <summary>‖u‖ (rounded up), times a row's scale and its block's κ.</summary>
    public float Norm { get; }

    public float BiasWeight { get; }

    /// <summary>The rounding allowance on the bias term for the largest |bias| of the catalogue.</summary>
    public float BiasSlack { get; }

    public static FourBitUser Of(ReadOnlySpan<float> userVector, int latentLength, int groups, float largestBias, float rounding)
    {
        var latent = userVector[..latentLength];
        var largest = latentLength == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(latent));
        var scale = largest / MaxCode;
        var codes = new sbyte[groups * 8];
        var sum = 0;
        for (var coordinate = 0; coordinate < latentLength && scale > 0f; coordinate++)
        {
            var code = (int)Math.Clamp(MathF.Round(latent[coordinate] / scale), -MaxCode, MaxCode);
            codes[coordinate] = (sbyte)code;
            sum += code;
        }

        var manhattan = latentLength == 0 ? 0f : TensorPrimitives.SumOfMagnitudes(latent);
        var norm = latentLength == 0 ? 0f : TensorPrimitives.Norm(latent);
        var step = FourBitScreen.StepRatio * scale;
        var slack = (step / 2f * FourBitScreen.MaxCode * latentLength)
            + (rounding * QuantisedCourseRows.MaxCode * ((2f * manhattan) + (latentLength * largest)));
        var biasWeight = userVector[latentLength];
        return new FourBitUser(
            codes, -FourBitScreen.CodeOffset * sum, step, slack, norm * (1f + rounding), biasWeight, rounding * Math.Abs(biasWeight) * largestBias);
    }
}
