using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The course rows as the selection pass reads them: each row's latent part in int8 with one scale per row
/// (<c>latent ≈ scale · codes</c>, codes in [−127, 127]) and its bias kept exact, about a third of the float rows'
/// bytes (docs/decisions/0051-int8-course-rows-and-parallel-warp.md). Rows are stored in blocks of
/// <see cref="BlockRows"/>: within a block, coordinates 4g…4g+3 of every row lie together (row 0's four codes, row 1's,
/// …), so one <c>vpmaddubsw</c> against the user's four codes (<see cref="QuantisedUser"/>) and one <c>vpmaddwd</c> add
/// four coordinates for all eight rows, with no horizontal sum. A score from here is an upper bound on the exact float
/// score (<see cref="CourseRowScorer"/>), so the pass can refuse a course on it and rescore only the few that may enter
/// the list.
/// </summary>
internal sealed class QuantisedCourseRows
{
    public const int BlockRows = 8;

    public const int MaxCode = 127;

    private const int QuadBytes = 4 * BlockRows;

    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    private readonly float[] _biases;
    private readonly int[] _offsets;
    private readonly float[] _spreads;

    private QuantisedCourseRows(int rows, int latentLength, sbyte[] codes, float[] scales, float[] biases, int[] offsets, float[] spreads)
    {
        Rows = rows;
        LatentLength = latentLength;
        _codes = codes;
        _scales = scales;
        _biases = biases;
        _offsets = offsets;
        _spreads = spreads;
    }

    public int Rows { get; }

    /// <summary>Coordinates per row before the bias.</summary>
    public int LatentLength { get; }

    /// <summary>Groups of four coordinates per row (the last one padded with zeros).</summary>
    public int Quads => (LatentLength + 3) / 4;

    /// <summary>Every byte the pass reads (the bandwidth floor of docs/benchmarks.md sums them): the codes…</summary>
    public ReadOnlySpan<sbyte> Codes => _codes;

    /// <summary>… and per row its scale, bias, code sum times <see cref="QuantisedUser.CodeOffset"/> and scale × Σ|codes|.</summary>
    public ReadOnlySpan<float> Scales => _scales;

    public ReadOnlySpan<float> Biases => _biases;

    public ReadOnlySpan<int> Offsets => _offsets;

    public ReadOnlySpan<float> Spreads => _spreads;

    /// <summary>Quantises row-major rows of <paramref name="dimension"/> floats whose last coordinate is the bias.</summary>
    public static QuantisedCourseRows Of(ReadOnlySpan<float> rows, int dimension)
    {
        var count = rows.Length / dimension;
        var latentLength = dimension - 1;
        var quads = (latentLength + 3) / 4;
        var padded = (count + BlockRows - 1) / BlockRows * BlockRows;
        var codes = new sbyte[padded * quads * 4];
        var scales = new float[padded];
        var biases = new float[padded];
        var offsets = new int[padded];
        var spreads = new float[padded];
        for (var row = 0; row < count; row++)
        {
            var vector = rows.Slice(row * dimension, dimension);
            biases[row] = vector[^1];
            var largest = latentLength == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector[..latentLength]));
            if (largest == 0f)
            {
                continue;
            }

            scales[row] = largest / MaxCode;
            var sum = 0;
            var magnitudes = 0;
            for (var coordinate = 0; coordinate < latentLength; coordinate++)
            {
                var code = (int)Math.Clamp(MathF.Round(vector[coordinate] * MaxCode / largest), -MaxCode, MaxCode);
                codes[(((row / BlockRows * quads) + (coordinate / 4)) * QuadBytes) + (row % BlockRows * 4) + (coordinate % 4)] = (sbyte)code;
                sum += code;
                magnitudes += Math.Abs(code);
            }

            offsets[row] = QuantisedUser.CodeOffset * sum;
            spreads[row] = scales[row] * magnitudes;
        }

        return new QuantisedCourseRows(count, latentLength, codes, scales, biases, offsets, spreads);
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

        var whole = upperBounds.Length / BlockRows * BlockRows;
        Write(user, firstRow, upperBounds[..whole]);
        if (whole < upperBounds.Length)
        {
            Span<float> tail = stackalloc float[BlockRows];
            Write(user, firstRow + whole, tail);
            tail[..(upperBounds.Length - whole)].CopyTo(upperBounds[whole..]);
        }
    }

    private void Write(QuantisedUser user, int firstRow, Span<float> upperBounds)
    {
        if (Avx2.IsSupported)
        {
            WriteAvx2(user, firstRow, upperBounds);
            return;
        }

        for (var row = 0; row < upperBounds.Length; row++)
        {
            var course = firstRow + row;
            var dot = 0;
            for (var coordinate = 0; coordinate < Quads * 4; coordinate++)
            {
                var code = _codes[(((course / BlockRows * Quads) + (coordinate / 4)) * QuadBytes) + (course % BlockRows * 4) + (coordinate % 4)];
                dot += code * user.OffsetCodes[coordinate];
            }

            upperBounds[row] = Bound(dot - _offsets[course], _scales[course], _biases[course], _spreads[course], user);
        }
    }

    private static float Bound(int dot, float scale, float bias, float spread, QuantisedUser user)
    {
        var upper = MathF.FusedMultiplyAdd(dot, scale * user.Scale, bias * user.BiasWeight);
        upper = MathF.FusedMultiplyAdd(scale, user.RowSlack, upper);
        upper = MathF.FusedMultiplyAdd(spread, user.SpreadSlack, upper);
        return MathF.FusedMultiplyAdd(Math.Abs(bias), user.BiasSlack, upper);
    }

    private void WriteAvx2(QuantisedUser user, int firstRow, Span<float> upperBounds)
    {
        var quads = Quads;
        Span<Vector256<byte>> userQuads = stackalloc Vector256<byte>[quads];
        for (var quad = 0; quad < quads; quad++)
        {
            userQuads[quad] = Vector256.Create(MemoryMarshal.Read<int>(user.OffsetCodes.AsSpan(quad * 4, 4))).AsByte();
        }

        var ones = Vector256.Create((short)1);
        var userScale = Vector256.Create(user.Scale);
        var biasWeight = Vector256.Create(user.BiasWeight);
        var rowSlack = Vector256.Create(user.RowSlack);
        var spreadSlack = Vector256.Create(user.SpreadSlack);
        var biasSlack = Vector256.Create(user.BiasSlack);
        ref var codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        ref var scales = ref MemoryMarshal.GetArrayDataReference(_scales);
        ref var biases = ref MemoryMarshal.GetArrayDataReference(_biases);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref var spreads = ref MemoryMarshal.GetArrayDataReference(_spreads);
        ref var destination = ref MemoryMarshal.GetReference(upperBounds);
        var blockBytes = (nuint)(quads * QuadBytes);
        var code = (nuint)(firstRow / BlockRows) * blockBytes;
        for (var row = 0; row < upperBounds.Length; row += BlockRows, code += blockBytes)
        {
            var dots = Vector256<int>.Zero;
            for (var quad = 0; quad < quads; quad++)
            {
                var products = Avx2.MultiplyAddAdjacent(userQuads[quad], Vector256.LoadUnsafe(ref codes, code + (nuint)(quad * QuadBytes)));
                dots += Avx2.MultiplyAddAdjacent(products, ones);
            }

            var course = (nuint)(firstRow + row);
            var scale = Vector256.LoadUnsafe(ref scales, course);
            var bias = Vector256.LoadUnsafe(ref biases, course);
            dots -= Vector256.LoadUnsafe(ref offsets, course);
            var upper = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(dots), scale * userScale, bias * biasWeight);
            upper = Vector256.FusedMultiplyAdd(scale, rowSlack, upper);
            upper = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref spreads, course), spreadSlack, upper);
            Vector256.FusedMultiplyAdd(Vector256.Abs(bias), biasSlack, upper).StoreUnsafe(ref destination, (nuint)row);
        }
    }
}
