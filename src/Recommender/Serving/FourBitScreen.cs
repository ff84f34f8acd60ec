using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A 4-bit copy of the course rows that <see cref="QuantisedCourseRows.Scan{TBounds}"/> reads first, so that a block none
/// of whose rows can reach the cut is refused without reading its int8 codes: 16 bytes per row of 32 coordinates instead
/// of 32, with the int8 rows' scale and exact bias, and one residual bound per pair of blocks
/// (docs/decisions/0074-four-bit-screen.md). Row c is approximated as <c>σ · q</c> with q in [−7, 7] and
/// <c>σ = </c><see cref="StepRatio"/><c> · s</c> (s the row's int8 scale), and the residual <c>r = c − σ · q</c> is bounded
/// by Cauchy–Schwarz: <c>|u · r| ≤ ‖u‖ · s · κ</c>, κ the largest <c>‖r‖ / s</c> of the row's pair of blocks. Codes are stored as
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

    private const int PairRows = 2 * QuantisedCourseRows.BlockRows;

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

    /// <summary>… and per pair of blocks κ, the largest residual length over the row's int8 scale.</summary>
    public ReadOnlySpan<float> Residuals => _residuals;

    /// <summary>Builds the screen of row-major <paramref name="rows"/> (bias last) given their int8 scales, padded to <paramref name="paddedRows"/>.</summary>
    public static FourBitScreen Of(float[] rows, int dimension, float[] scales, int paddedRows)
    {
        var latentLength = dimension - 1;
        var groups = (latentLength + 7) / 8;
        var codes = new byte[paddedRows * groups * 4];
        codes.AsSpan().Fill(CodeOffset | (CodeOffset << 4));
        var residuals = new float[paddedRows / PairRows];
        var count = rows.Length / dimension;
        // Each pair of blocks on one core: its rows share a residual bound and no code byte with other pairs.
        Parallel.For(0, (count + PairRows - 1) / PairRows, pair =>
        {
            for (var row = pair * PairRows; row < Math.Min(count, (pair + 1) * PairRows); row++)
            {
                ScreenRow(rows, dimension, row, scales[row], groups, codes, ref residuals[pair]);
            }
        });

        return new FourBitScreen(groups, codes, residuals);
    }

    private static void ScreenRow(float[] rows, int dimension, int row, float scale, int groups, byte[] codes, ref float pairKappa)
    {
        var latentLength = dimension - 1;
        var step = (double)scale * StepRatio;
        if (step == 0d)
        {
            return;
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
        var kappa = (float)(Math.Sqrt(squares) / scale);
        pairKappa = Math.Max(pairKappa, MathF.BitIncrement(kappa));
    }

    /// <summary>
    /// Which blocks from <paramref name="first"/> (even) to <paramref name="end"/> (even, excluded, at most 64 blocks on)
    /// have a row whose 4-bit upper bound (<see cref="FourBitUser"/>) reaches <paramref name="cut"/>: bit i for block
    /// first + i. Blocks are bounded in pairs (each user group loaded once for both); the loop calls nothing and branches
    /// on nothing but its end.
    /// </summary>
    public ulong ReachingBlocks(FourBitUser user, int first, int end, float cut, float[] scales, float[] biases)
    {
        var bounds = new PairBounds(user, cut, scales, biases, _residuals);
        ref var codes = ref Unsafe.As<byte, Vector256<byte>>(
            ref Unsafe.AddByteOffset(ref MemoryMarshal.GetArrayDataReference(_codes), (nuint)first * (nuint)(Groups * GroupBytes)));
        var start = Vector256.Create(user.DotStart);
        var blockBytes = (nuint)(Groups * GroupBytes);
        var pairs = (end - first) / 2;
        var firstPair = first / 2;
        var open = 0ul;
        if (AvxVnni.IsSupported && Groups == 4)
        {
            // The served length (32 coordinates): the user's eight groups stay in registers and no loop runs per group.
            ref var quads = ref MemoryMarshal.GetArrayDataReference(user.Quads);
            var (q0, q1, q2, q3) = (quads, Unsafe.Add(ref quads, 1), Unsafe.Add(ref quads, 2), Unsafe.Add(ref quads, 3));
            var (q4, q5, q6, q7) = (Unsafe.Add(ref quads, 4), Unsafe.Add(ref quads, 5), Unsafe.Add(ref quads, 6), Unsafe.Add(ref quads, 7));
            for (var pair = 0; pair < pairs; pair++, codes = ref Unsafe.AddByteOffset(ref codes, 2 * blockBytes))
            {
                var dots = FourGroupDots(ref codes, start, q0, q1, q2, q3, q4, q5, q6, q7);
                var nextDots = FourGroupDots(ref Unsafe.AddByteOffset(ref codes, blockBytes), start, q0, q1, q2, q3, q4, q5, q6, q7);
                open |= bounds.Reaching(dots, nextDots, firstPair + pair) << (2 * pair);
            }

            return open;
        }

        ref var userQuads = ref MemoryMarshal.GetArrayDataReference(user.Quads);
        for (var pair = 0; pair < pairs; pair++, codes = ref Unsafe.AddByteOffset(ref codes, 2 * blockBytes))
        {
            var (dots, nextDots) = Dots(ref codes, blockBytes, ref userQuads, Groups, start);
            open |= bounds.Reaching(dots, nextDots, firstPair + pair) << (2 * pair);
        }

        return open;
    }

    /// <summary>The 4-bit upper bound of each row of <paramref name="block"/> (eight values), as the screen compares it.</summary>
    public Vector256<float> UpperBounds(FourBitUser user, int block, float[] scales, float[] biases)
    {
        var pair = block / 2 * 2;
        var (dots, nextDots) = Dots(
            ref Unsafe.As<byte, Vector256<byte>>(ref _codes[pair * Groups * GroupBytes]),
            (nuint)(Groups * GroupBytes),
            ref MemoryMarshal.GetArrayDataReference(user.Quads),
            Groups,
            Vector256.Create(user.DotStart));
        return Vector256.Create(user.BiasSlack) + UpperBounds(
            block == pair ? dots : nextDots,
            Vector256.Create(user.Slack + (user.Norm * _residuals[block / 2])),
            ref MemoryMarshal.GetArrayDataReference(scales),
            ref MemoryMarshal.GetArrayDataReference(biases),
            (nuint)(block * QuantisedCourseRows.BlockRows),
            Vector256.Create(user.Step),
            Vector256.Create(user.BiasWeight));
    }

    /// <summary><c>s · (step · (v·q) + slack + ‖u‖·κ) + bias weight · bias</c> for the eight rows of a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> UpperBounds(
        Vector256<int> dots, Vector256<float> perScaleSlack, ref float scales, ref float biases, nuint course, Vector256<float> step, Vector256<float> biasWeight)
    {
        var perScale = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(dots), step, perScaleSlack);
        return Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref scales, course), perScale, Vector256.LoadUnsafe(ref biases, course) * biasWeight);
    }

    /// <summary><see cref="Dots"/>'s AVX-VNNI sums for one block of four groups, the user's groups given in registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> FourGroupDots(
        ref Vector256<byte> codes,
        Vector256<int> start,
        Vector256<sbyte> q0,
        Vector256<sbyte> q1,
        Vector256<sbyte> q2,
        Vector256<sbyte> q3,
        Vector256<sbyte> q4,
        Vector256<sbyte> q5,
        Vector256<sbyte> q6,
        Vector256<sbyte> q7)
    {
        var (low, high) = (Vector256.Create((byte)0x0F), Vector256.Create((byte)0xF0));
        var (first, second, third, fourth) = (codes, Unsafe.Add(ref codes, 1), Unsafe.Add(ref codes, 2), Unsafe.Add(ref codes, 3));
        var dots = AvxVnni.MultiplyWideningAndAdd(start, first & low, q0);
        var highDots = AvxVnni.MultiplyWideningAndAdd(Vector256<int>.Zero, first & high, q1);
        dots = AvxVnni.MultiplyWideningAndAdd(dots, second & low, q2);
        highDots = AvxVnni.MultiplyWideningAndAdd(highDots, second & high, q3);
        dots = AvxVnni.MultiplyWideningAndAdd(dots, third & low, q4);
        highDots = AvxVnni.MultiplyWideningAndAdd(highDots, third & high, q5);
        dots = AvxVnni.MultiplyWideningAndAdd(dots, fourth & low, q6);
        highDots = AvxVnni.MultiplyWideningAndAdd(highDots, fourth & high, q7);
        return dots + (highDots >> 4);
    }

    /// <summary>
    /// <c>Σ v·q</c> for each row of the block at <paramref name="codes"/> and of the next one: with AVX-VNNI the low
    /// nibbles go into <c>vpdpbusd</c> masked and the high ones masked in place (16 times their value; the sum is
    /// shifted once), else <c>vpmaddubsw</c> + <c>vpmaddwd</c> on both nibbles shifted down (15 · 127 · 2 stays below
    /// the int16 saturation). The sums start at <paramref name="start"/>, which removes the nibbles' offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<int> Block, Vector256<int> Next) Dots(
        ref Vector256<byte> codes, nuint blockBytes, ref Vector256<sbyte> userQuads, int groups, Vector256<int> start)
    {
        var low = Vector256.Create((byte)0x0F);
        ref var code = ref codes;
        ref var userQuad = ref userQuads;
        if (AvxVnni.IsSupported)
        {
            var high = Vector256.Create((byte)0xF0);
            var (dots, highDots, nextDots, nextHighDots) = (start, Vector256<int>.Zero, start, Vector256<int>.Zero);
            for (var group = 0; group < groups; group++)
            {
                var (blockCode, nextCode) = (code, Unsafe.AddByteOffset(ref code, blockBytes));
                var (lowQuad, highQuad) = (userQuad, Unsafe.Add(ref userQuad, 1));
                dots = AvxVnni.MultiplyWideningAndAdd(dots, blockCode & low, lowQuad);
                highDots = AvxVnni.MultiplyWideningAndAdd(highDots, blockCode & high, highQuad);
                nextDots = AvxVnni.MultiplyWideningAndAdd(nextDots, nextCode & low, lowQuad);
                nextHighDots = AvxVnni.MultiplyWideningAndAdd(nextHighDots, nextCode & high, highQuad);
                code = ref Unsafe.Add(ref code, 1);
                userQuad = ref Unsafe.Add(ref userQuad, 2);
            }

            return (dots + (highDots >> 4), nextDots + (nextHighDots >> 4));
        }

        if (Avx2.IsSupported)
        {
            var ones = Vector256.Create((short)1);
            var (dots, nextDots) = (start, start);
            for (var group = 0; group < groups; group++)
            {
                var (blockCode, nextCode) = (code, Unsafe.AddByteOffset(ref code, blockBytes));
                var (lowQuad, highQuad) = (userQuad, Unsafe.Add(ref userQuad, 1));
                dots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(blockCode & low, lowQuad), ones);
                dots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent((blockCode.AsUInt16() >> 4).AsByte() & low, highQuad), ones);
                nextDots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(nextCode & low, lowQuad), ones);
                nextDots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent((nextCode.AsUInt16() >> 4).AsByte() & low, highQuad), ones);
                code = ref Unsafe.Add(ref code, 1);
                userQuad = ref Unsafe.Add(ref userQuad, 2);
            }

            return (dots, nextDots);
        }

        return (PortableDots(ref codes, ref userQuads, groups, start), PortableDots(ref Unsafe.AddByteOffset(ref codes, blockBytes), ref userQuads, groups, start));
    }

    private static Vector256<int> PortableDots(ref Vector256<byte> codes, ref Vector256<sbyte> userQuads, int groups, Vector256<int> start)
    {
        Span<int> dots = stackalloc int[QuantisedCourseRows.BlockRows];
        for (var row = 0; row < QuantisedCourseRows.BlockRows; row++)
        {
            dots[row] = start[row];
            for (var group = 0; group < groups; group++)
            {
                var (code, lowQuad, highQuad) = (Unsafe.Add(ref codes, group), Unsafe.Add(ref userQuads, 2 * group), Unsafe.Add(ref userQuads, (2 * group) + 1));
                for (var coordinate = 0; coordinate < 4; coordinate++)
                {
                    var nibbles = code[(row * 4) + coordinate];
                    dots[row] += ((nibbles & 0xF) * lowQuad[coordinate]) + ((nibbles >> 4) * highQuad[coordinate]);
                }
            }
        }

        return Vector256.Create<int>(dots);
    }

    /// <summary>The constants of a pair's 4-bit upper bounds and their comparison with the cut, for one pass.</summary>
    private readonly ref struct PairBounds(FourBitUser user, float cut, float[] scales, float[] biases, float[] residuals)
    {
        private readonly Vector256<float> _step = Vector256.Create(user.Step);
        private readonly Vector256<float> _biasWeight = Vector256.Create(user.BiasWeight);
        private readonly Vector256<float> _limit = Vector256.Create(cut - user.BiasSlack);
        private readonly float _slack = user.Slack;
        private readonly float _norm = user.Norm;
        private readonly ref float _scales = ref MemoryMarshal.GetArrayDataReference(scales);
        private readonly ref float _biases = ref MemoryMarshal.GetArrayDataReference(biases);
        private readonly ref float _residuals = ref MemoryMarshal.GetArrayDataReference(residuals);

        /// <summary>Bit 0 when a row of the pair's first block has a 4-bit upper bound at or above the cut, bit 1 for the second.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Reaching(Vector256<int> dots, Vector256<int> nextDots, int pair)
        {
            var perScaleSlack = Vector256.Create(_slack + (_norm * Unsafe.Add(ref _residuals, pair)));
            var course = (nuint)pair * PairRows;
            var upper = UpperBounds(dots, perScaleSlack, ref _scales, ref _biases, course, _step, _biasWeight);
            var nextUpper = UpperBounds(nextDots, perScaleSlack, ref _scales, ref _biases, course + QuantisedCourseRows.BlockRows, _step, _biasWeight);
            var reaching = Vector256.GreaterThanOrEqual(upper, _limit).ExtractMostSignificantBits() != 0 ? 1ul : 0ul;
            return reaching | (Vector256.GreaterThanOrEqual(nextUpper, _limit).ExtractMostSignificantBits() != 0 ? 2ul : 0ul);
        }
    }
}
