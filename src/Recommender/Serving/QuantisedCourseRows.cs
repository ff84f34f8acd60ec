using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The course rows as the selection pass reads them: each row's latent part in int8 with one scale per row
/// (<c>latent ≈ scale · codes</c>, codes in [−127, 127]) and its bias kept exact, a quarter of the float rows' bytes
/// (docs/decisions/0051-int8-course-rows-and-parallel-warp.md). Rows are stored in blocks of <see cref="BlockRows"/>:
/// within a block, coordinate pair p of every row lies together (row 0's two codes, row 1's, …), so one
/// <c>vpmaddwd</c> against the user's pair p adds two coordinates for all eight rows and no horizontal sum is needed.
/// A score from here is an upper bound on the exact float score (<see cref="CourseRowScorer"/>), so the pass can refuse a
/// course on it and rescore only the few that may enter the list.
/// </summary>
internal sealed class QuantisedCourseRows
{
    public const int BlockRows = 8;

    private const int MaxCode = 127;

    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    private readonly float[] _biases;

    private QuantisedCourseRows(int rows, int latentLength, sbyte[] codes, float[] scales, float[] biases)
    {
        Rows = rows;
        LatentLength = latentLength;
        _codes = codes;
        _scales = scales;
        _biases = biases;
    }

    public int Rows { get; }

    /// <summary>Coordinates per row before the bias.</summary>
    public int LatentLength { get; }

    /// <summary>Coordinate pairs per row (the last one padded with a zero when the latent length is odd).</summary>
    public int Pairs => (LatentLength + 1) / 2;

    /// <summary>Codes, scales and biases: every byte the pass reads (the bandwidth floor of docs/benchmarks.md sums them).</summary>
    public ReadOnlySpan<sbyte> Codes => _codes;

    public ReadOnlySpan<float> Scales => _scales;

    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>Quantises row-major rows of <paramref name="dimension"/> floats whose last coordinate is the bias.</summary>
    public static QuantisedCourseRows Of(ReadOnlySpan<float> rows, int dimension)
    {
        var count = rows.Length / dimension;
        var latentLength = dimension - 1;
        var pairs = (latentLength + 1) / 2;
        var blocks = (count + BlockRows - 1) / BlockRows;
        var codes = new sbyte[blocks * BlockRows * pairs * 2];
        var scales = new float[blocks * BlockRows];
        var biases = new float[blocks * BlockRows];
        for (var row = 0; row < count; row++)
        {
            var vector = rows.Slice(row * dimension, dimension);
            var latent = vector[..latentLength];
            biases[row] = vector[^1];
            var largest = latentLength == 0 ? 0f : System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(latent);
            largest = Math.Abs(largest);
            if (largest == 0f)
            {
                continue;
            }

            scales[row] = largest / MaxCode;
            var inverse = MaxCode / largest;
            for (var coordinate = 0; coordinate < latentLength; coordinate++)
            {
                var code = Math.Clamp(MathF.Round(latent[coordinate] * inverse), -MaxCode, MaxCode);
                codes[CodeIndex(row, coordinate, pairs)] = (sbyte)code;
            }
        }

        return new QuantisedCourseRows(count, latentLength, codes, scales, biases);
    }

    /// <summary>
    /// Writes, for rows <paramref name="firstRow"/> (a multiple of <see cref="BlockRows"/>) on, an upper bound of each
    /// row's exact score for <paramref name="user"/>: its quantised score plus the most quantisation and rounding can
    /// have moved it.
    /// </summary>
    public void WriteUpperBounds(QuantisedUser user, int firstRow, Span<float> upperBounds)
    {
        if (firstRow % BlockRows != 0)
        {
            throw new ArgumentException("Scoring starts at a block boundary.", nameof(firstRow));
        }

        Span<float> tail = stackalloc float[BlockRows];
        var blockBytes = Pairs * 2 * BlockRows;
        for (var done = 0; done < upperBounds.Length; done += BlockRows)
        {
            var block = (firstRow + done) / BlockRows;
            var remaining = upperBounds.Length - done;
            var destination = remaining >= BlockRows ? upperBounds.Slice(done, BlockRows) : tail;
            var codes = _codes.AsSpan(block * blockBytes, blockBytes);
            var scales = _scales.AsSpan(block * BlockRows, BlockRows);
            var biases = _biases.AsSpan(block * BlockRows, BlockRows);
            if (Avx2.IsSupported)
            {
                WriteBlockAvx2(user, codes, scales, biases, destination);
            }
            else
            {
                WriteBlock(user, codes, scales, biases, destination);
            }

            if (remaining < BlockRows)
            {
                tail[..remaining].CopyTo(upperBounds[done..]);
            }
        }
    }

    private static int CodeIndex(int row, int coordinate, int pairs) =>
        ((((row / BlockRows * pairs) + (coordinate / 2)) * BlockRows) + (row % BlockRows)) * 2 + (coordinate % 2);

    private static void WriteBlockAvx2(
        QuantisedUser user, ReadOnlySpan<sbyte> codes, ReadOnlySpan<float> scales, ReadOnlySpan<float> biases, Span<float> destination)
    {
        var pairs = user.Pairs;
        ref var code = ref MemoryMarshal.GetReference(codes);
        var even = Vector256<int>.Zero;
        var odd = Vector256<int>.Zero;
        var pair = 0;
        for (; pair + 1 < pairs.Length; pair += 2)
        {
            var first = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref code, (nuint)(pair * 16)));
            var second = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref code, (nuint)((pair + 1) * 16)));
            even = Avx2.Add(even, Avx2.MultiplyAddAdjacent(first, Vector256.Create(pairs[pair]).AsInt16()));
            odd = Avx2.Add(odd, Avx2.MultiplyAddAdjacent(second, Vector256.Create(pairs[pair + 1]).AsInt16()));
        }

        if (pair < pairs.Length)
        {
            var last = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref code, (nuint)(pair * 16)));
            even = Avx2.Add(even, Avx2.MultiplyAddAdjacent(last, Vector256.Create(pairs[pair]).AsInt16()));
        }

        var rowScales = Vector256.Create(scales);
        var rowBiases = Vector256.Create(biases);
        var dots = Vector256.ConvertToSingle(even + odd);
        var upper = Vector256.FusedMultiplyAdd(dots, rowScales * user.Scale, rowBiases * user.BiasWeight);
        upper = Vector256.FusedMultiplyAdd(rowScales, Vector256.Create(user.RowSlack), upper);
        Vector256.FusedMultiplyAdd(Vector256.Abs(rowBiases), Vector256.Create(user.BiasSlack), upper).CopyTo(destination);
    }

    /// <summary>The same integer sums without SIMD, so every platform serves the same bounds.</summary>
    private static void WriteBlock(
        QuantisedUser user, ReadOnlySpan<sbyte> codes, ReadOnlySpan<float> scales, ReadOnlySpan<float> biases, Span<float> destination)
    {
        var pairs = user.Pairs;
        for (var row = 0; row < BlockRows; row++)
        {
            var dot = 0;
            for (var pair = 0; pair < pairs.Length; pair++)
            {
                var offset = ((pair * BlockRows) + row) * 2;
                dot += (codes[offset] * (short)pairs[pair]) + (codes[offset + 1] * (short)(pairs[pair] >> 16));
            }

            var upper = MathF.FusedMultiplyAdd(dot, scales[row] * user.Scale, biases[row] * user.BiasWeight);
            upper = MathF.FusedMultiplyAdd(scales[row], user.RowSlack, upper);
            destination[row] = MathF.FusedMultiplyAdd(Math.Abs(biases[row]), user.BiasSlack, upper);
        }
    }
}
