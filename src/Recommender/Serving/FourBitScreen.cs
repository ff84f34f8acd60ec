using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A 4-bit copy of the course rows that <see cref="QuantisedCourseRows.Scan{TBounds}"/> reads first, so that a pair of
/// blocks none of whose rows can reach the cut is refused without reading its int8 codes: 16 bytes per row of 32
/// coordinates instead of 32, with the int8 rows' scale and exact bias, and one residual bound per block
/// (docs/decisions/00XX-topk-four-bit-screen.md). Row c is approximated as <c>σ · q</c> with q in [−7, 7] and
/// <c>σ = </c><see cref="StepRatio"/><c> · s</c> (s the row's int8 scale), and the residual <c>r = c − σ · q</c> is bounded
/// by Cauchy–Schwarz: <c>|u · r| ≤ ‖u‖ · s · κ</c>, κ the block's largest <c>‖r‖ / s</c>. Codes are stored as
/// <c>q + 8</c>, a nibble: within a block, the bytes of a group of eight coordinates lie as the int8 rows' do (row 0's
/// four bytes, row 1's, …), coordinates 8g…8g+3 in the low nibbles and 8g+4…8g+7 in the high ones, so one load feeds
/// two <c>vpdpbusd</c>.
/// </summary>
internal sealed class FourBitScreen
{
    /// <summary>The 4-bit step over the int8 step: codes up to 7 where the int8 codes reach 127.</summary>
    public const float StepRatio = 127f / MaxCode;

    public const int MaxCode = 7;

    /// <summary>What a stored nibble adds to its code.</summary>
    public const int CodeOffset = 8;

    private const int GroupBytes = 4 * QuantisedCourseRows.BlockRows;

    private readonly byte[] _codes;
    private readonly float[] _residuals;

    private FourBitScreen(int groups, byte[] codes, float[] residuals)
    {
        Groups = groups;
        _codes = codes;
        _residuals = residuals;
    }

    /// <summary>Groups of eight coordinates per row (the last one padded with zero codes).</summary>
    public int Groups { get; }

    /// <summary>Every byte the screen reads besides the int8 rows' scales and biases: the nibbles…</summary>
    public ReadOnlySpan<byte> Codes => _codes;

    /// <summary>… and per block κ, the largest residual length over the row's int8 scale.</summary>
    public ReadOnlySpan<float> Residuals => _residuals;

    /// <summary>Builds the screen of row-major <paramref name="rows"/> (bias last) given their int8 scales, padded to <paramref name="paddedRows"/>.</summary>
    public static FourBitScreen Of(ReadOnlySpan<float> rows, int dimension, ReadOnlySpan<float> scales, int paddedRows)
    {
        var latentLength = dimension - 1;
        var groups = (latentLength + 7) / 8;
        var codes = new byte[paddedRows * groups * 4];
        codes.AsSpan().Fill(CodeOffset | (CodeOffset << 4));
        var residuals = new float[paddedRows / QuantisedCourseRows.BlockRows];
        for (var row = 0; row < rows.Length / dimension; row++)
        {
            var step = (double)scales[row] * StepRatio;
            if (step == 0d)
            {
                continue;
            }

            var squares = 0d;
            for (var coordinate = 0; coordinate < latentLength; coordinate++)
            {
                var value = (double)rows[(row * dimension) + coordinate];
                var code = (int)Math.Clamp(Math.Round(value / step), -MaxCode, MaxCode);
                squares += (value - (step * code)) * (value - (step * code));
                var position = (((row / QuantisedCourseRows.BlockRows * groups) + (coordinate / 8)) * GroupBytes)
                    + (row % QuantisedCourseRows.BlockRows * 4) + (coordinate % 4);
                var shift = coordinate % 8 < 4 ? 0 : 4;
                codes[position] = (byte)((codes[position] & ~(0xF << shift)) | ((code + CodeOffset) << shift));
            }

            // Rounded up, so that the float bound is never below the exact residual.
            var kappa = (float)(Math.Sqrt(squares) / scales[row]);
            ref var blockKappa = ref residuals[row / QuantisedCourseRows.BlockRows];
            blockKappa = Math.Max(blockKappa, MathF.BitIncrement(kappa));
        }

        return new FourBitScreen(groups, codes, residuals);
    }

    /// <summary>
    /// Whether a row of blocks <paramref name="block"/> or <paramref name="block"/> + 1 may reach the caller's cut by its
    /// 4-bit bound (<see cref="FourBitUser"/>): <paramref name="cut"/> is that cut minus <see cref="FourBitUser.BiasSlack"/>.
    /// Each user group is loaded once for both blocks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool PairReaches(
        FourBitUser user, int block, ref float scales, ref float biases, Vector256<float> cut, Vector256<float> step, Vector256<float> biasWeight)
    {
        var (dots, nextDots) = Dots(user, block);
        var course = (nuint)(block * QuantisedCourseRows.BlockRows);
        var upper = UpperBounds(dots, _residuals[block], user, ref scales, ref biases, course, step, biasWeight);
        var nextUpper = UpperBounds(dots: nextDots, _residuals[block + 1], user, ref scales, ref biases, course + QuantisedCourseRows.BlockRows, step, biasWeight);
        return Vector256.GreaterThanOrEqualAny(Vector256.Max(upper, nextUpper), cut);
    }

    /// <summary>The 4-bit upper bound of each row of <paramref name="block"/> (eight values), as the screen compares it.</summary>
    public Vector256<float> UpperBounds(FourBitUser user, int block, ReadOnlySpan<float> scales, ReadOnlySpan<float> biases)
    {
        var (dots, nextDots) = Dots(user, block / 2 * 2);
        return Vector256.Create(user.BiasSlack) + UpperBounds(
            block % 2 == 0 ? dots : nextDots,
            _residuals[block],
            user,
            ref MemoryMarshal.GetReference(scales),
            ref MemoryMarshal.GetReference(biases),
            (nuint)(block * QuantisedCourseRows.BlockRows),
            Vector256.Create(user.Step),
            Vector256.Create(user.BiasWeight));
    }

    /// <summary><c>s · (step · (v·q) + slack + ‖u‖·κ) + bias weight · bias</c> for the eight rows of a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> UpperBounds(
        Vector256<int> dots, float kappa, FourBitUser user, ref float scales, ref float biases, nuint course, Vector256<float> step, Vector256<float> biasWeight)
    {
        var perScale = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(dots), step, Vector256.Create(user.Slack + (user.Norm * kappa)));
        return Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref scales, course), perScale, Vector256.LoadUnsafe(ref biases, course) * biasWeight);
    }

    /// <summary>
    /// <c>Σ v·q</c> for each row of a block and of the next one: with AVX-VNNI the low nibbles go straight into
    /// <c>vpdpbusd</c> and the high ones masked in place (16 times their value, no shift per group; the sum is shifted
    /// once), else <c>vpmaddubsw</c> + <c>vpmaddwd</c> on both nibbles shifted down (15 · 127 · 2 stays below the
    /// int16 saturation). The accumulators start at <see cref="FourBitUser.DotStart"/>, which removes the nibbles' offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (Vector256<int> Block, Vector256<int> Next) Dots(FourBitUser user, int block)
    {
        var groups = Groups;
        var blockBytes = (nuint)(groups * GroupBytes);
        ref var codes = ref Unsafe.As<byte, Vector256<byte>>(
            ref Unsafe.AddByteOffset(ref MemoryMarshal.GetArrayDataReference(_codes), (nuint)block * blockBytes));
        ref var userQuads = ref MemoryMarshal.GetArrayDataReference(user.Quads);
        var start = Vector256.Create(user.DotStart);
        var low = Vector256.Create((byte)0x0F);
        if (AvxVnni.IsSupported)
        {
            var high = Vector256.Create((byte)0xF0);
            var (dots, highDots, nextDots, nextHighDots) = (start, Vector256<int>.Zero, start, Vector256<int>.Zero);
            for (var group = 0; group < groups; group++)
            {
                var lowQuad = Unsafe.Add(ref userQuads, 2 * group);
                var highQuad = Unsafe.Add(ref userQuads, (2 * group) + 1);
                var code = Unsafe.Add(ref codes, group);
                var nextCode = Unsafe.AddByteOffset(ref Unsafe.Add(ref codes, group), blockBytes);
                dots = AvxVnni.MultiplyWideningAndAdd(dots, code & low, lowQuad);
                highDots = AvxVnni.MultiplyWideningAndAdd(highDots, code & high, highQuad);
                nextDots = AvxVnni.MultiplyWideningAndAdd(nextDots, nextCode & low, lowQuad);
                nextHighDots = AvxVnni.MultiplyWideningAndAdd(nextHighDots, nextCode & high, highQuad);
            }

            return (dots + (highDots >> 4), nextDots + (nextHighDots >> 4));
        }

        if (Avx2.IsSupported)
        {
            var ones = Vector256.Create((short)1);
            var (dots, nextDots) = (start, start);
            for (var group = 0; group < groups; group++)
            {
                var lowQuad = Unsafe.Add(ref userQuads, 2 * group);
                var highQuad = Unsafe.Add(ref userQuads, (2 * group) + 1);
                var code = Unsafe.Add(ref codes, group);
                var nextCode = Unsafe.AddByteOffset(ref Unsafe.Add(ref codes, group), blockBytes);
                dots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(code & low, lowQuad), ones);
                dots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent((code.AsUInt16() >> 4).AsByte() & low, highQuad), ones);
                nextDots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(nextCode & low, lowQuad), ones);
                nextDots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent((nextCode.AsUInt16() >> 4).AsByte() & low, highQuad), ones);
            }

            return (dots, nextDots);
        }

        return (PortableDots(user, block), PortableDots(user, block + 1));
    }

    private Vector256<int> PortableDots(FourBitUser user, int block)
    {
        Span<int> dots = stackalloc int[QuantisedCourseRows.BlockRows];
        for (var row = 0; row < QuantisedCourseRows.BlockRows; row++)
        {
            dots[row] = user.DotStart;
            for (var coordinate = 0; coordinate < Groups * 8; coordinate++)
            {
                var code = _codes[(((block * Groups) + (coordinate / 8)) * GroupBytes) + (row * 4) + (coordinate % 4)];
                dots[row] += (coordinate % 8 < 4 ? code & 0xF : code >> 4) * user.Codes[coordinate];
            }
        }

        return Vector256.Create<int>(dots);
    }
}
