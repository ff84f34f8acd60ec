using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
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

    /// <summary>Blocks a <see cref="Scan{TBounds}"/> pass scores between two hand-overs.</summary>
    private const int ChunkBlocks = 32;

    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    private readonly float[] _biases;
    private readonly int[] _offsets;
    private readonly float[] _spreads;

    private QuantisedCourseRows(
        int rows, int latentLength, sbyte[] codes, float[] scales, float[] biases, int[] offsets, float[] spreads, FourBitScreen screen)
    {
        Screen = screen;
        LargestBias = biases.Length == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(biases));
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

    /// <summary>The 4-bit copy a pass with a cut reads first, to skip blocks without reading their codes.</summary>
    public FourBitScreen Screen { get; }

    /// <summary>The largest |bias| of any row.</summary>
    public float LargestBias { get; }

    /// <summary>Quantises row-major rows of <paramref name="dimension"/> floats whose last coordinate is the bias, rows on every core.</summary>
    public static QuantisedCourseRows Of(float[] rows, int dimension)
    {
        var count = rows.Length / dimension;
        var latentLength = dimension - 1;
        var quads = (latentLength + 3) / 4;
        // Whole pairs of blocks, which the 4-bit screen bounds together.
        var padded = (count + (2 * BlockRows) - 1) / (2 * BlockRows) * (2 * BlockRows);
        var codes = new sbyte[padded * quads * 4];
        var scales = new float[padded];
        var biases = new float[padded];
        var offsets = new int[padded];
        var spreads = new float[padded];
        Parallel.For(0, count, row =>
        {
            var vector = rows.AsSpan(row * dimension, dimension);
            biases[row] = vector[^1];
            var largest = latentLength == 0 ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector[..latentLength]));
            if (largest == 0f)
            {
                return;
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
        });

        var screen = FourBitScreen.Of(rows, dimension, scales, padded);
        return new QuantisedCourseRows(count, latentLength, codes, scales, biases, offsets, spreads, screen);
    }

    /// <summary>Writes an upper bound of every row's exact score for <paramref name="user"/> (one value per row).</summary>
    public void WriteUpperBounds(QuantisedUser user, float[] upperBounds)
    {
        if (upperBounds.Length != Rows)
        {
            throw new ArgumentException("One bound per row is written.", nameof(upperBounds));
        }

        var every = new EveryUpperBound(upperBounds, firstBlock: 0);
        Scan(user, ref every);
    }

    /// <summary>
    /// Computes an upper bound of every row's exact score for <paramref name="user"/>, eight rows (a block) at a time in
    /// registers, and hands <paramref name="bounds"/> only the blocks with a row whose bound reaches its
    /// <see cref="IBlockBounds.Cut"/>. Once the cut is finite, each run of <see cref="ChunkBlocks"/> blocks is first
    /// bounded from the 4-bit <see cref="Screen"/>, and only the blocks with a row whose 4-bit bound reaches the cut
    /// have their int8 codes read. The loop calls nothing: it notes the blocks whose int8 bounds reach the cut on the
    /// stack and hands them over after every <see cref="ChunkBlocks"/> blocks (the cut is read again then), so its
    /// constants stay in registers and a block costs one <c>vpdpbusd</c> per group of four coordinates and a few
    /// multiply-adds.
    /// </summary>
    public void Scan<TBounds>(QuantisedUser user, ref TBounds bounds)
        where TBounds : IBlockBounds, allows ref struct =>
        ScanBlocks(user, ref bounds, 0, _scales.Length / BlockRows);

    /// <summary><see cref="Scan{TBounds}"/> over blocks <paramref name="first"/> (even) to <paramref name="end"/> (even, excluded).</summary>
    private void ScanBlocks<TBounds>(QuantisedUser user, ref TBounds bounds, int first, int end)
        where TBounds : IBlockBounds, allows ref struct
    {
        var quads = Quads;
        var userScale = Vector256.Create(user.Scale);
        var biasWeight = Vector256.Create(user.BiasWeight);
        var rowSlack = Vector256.Create(user.RowSlack);
        var spreadSlack = Vector256.Create(user.SpreadSlack);
        var biasSlack = Vector256.Create(user.BiasSlack);
        ref var userQuads = ref MemoryMarshal.GetArrayDataReference(user.Quads);
        ref var codes = ref Unsafe.As<sbyte, Vector256<sbyte>>(ref MemoryMarshal.GetArrayDataReference(_codes));
        ref var scales = ref MemoryMarshal.GetArrayDataReference(_scales);
        ref var biases = ref MemoryMarshal.GetArrayDataReference(_biases);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref var spreads = ref MemoryMarshal.GetArrayDataReference(_spreads);
        Span<int> reachingBlocks = stackalloc int[ChunkBlocks];
        Span<Vector256<float>> reachingEstimates = stackalloc Vector256<float>[ChunkBlocks];
        Span<Vector256<float>> reachingUpper = stackalloc Vector256<float>[ChunkBlocks];
        var blockBytes = (nuint)(quads * QuadBytes);
        for (var chunk = first; chunk < end; chunk += ChunkBlocks)
        {
            var cut = Vector256.Create(bounds.Cut);
            var reached = 0;
            var chunkEnd = Math.Min(end, chunk + ChunkBlocks);
            var open = bounds.Cut > float.NegativeInfinity
                ? Screen.ReachingBlocks(user.Screen, chunk, chunkEnd, bounds.Cut, _scales, _biases)
                : (1ul << (chunkEnd - chunk)) - 1;
            for (; open != 0; open &= open - 1)
            {
                var block = chunk + BitOperations.TrailingZeroCount(open);
                var dots = Dots(ref userQuads, ref Unsafe.AddByteOffset(ref codes, (nuint)block * blockBytes), quads, user, block);
                var course = (nuint)(block * BlockRows);
                var estimates = Estimates(dots, ref scales, ref biases, ref offsets, course, userScale, biasWeight);
                var upper = UpperBounds(estimates, ref scales, ref biases, ref spreads, course, rowSlack, spreadSlack, biasSlack);
                if (Vector256.GreaterThanOrEqualAny(upper, cut))
                {
                    reachingBlocks[reached] = block;
                    reachingEstimates[reached] = estimates;
                    reachingUpper[reached++] = upper;
                }
            }

            for (var index = 0; index < reached; index++)
            {
                var upper = reachingUpper[index];
                var block = reachingBlocks[index];
                var reaching = Vector256.GreaterThanOrEqual(upper, Vector256.Create(bounds.Cut)).ExtractMostSignificantBits() & RealRows(block);
                if (reaching != 0)
                {
                    bounds.Take(block, reaching, reachingEstimates[index], upper);
                }
            }
        }
    }

    /// <summary>
    /// Writes the upper bounds of the rows of <paramref name="pieces"/> runs of <paramref name="blocksPerPiece"/> blocks
    /// (even) spread evenly over the catalogue to <paramref name="sample"/> and returns how many it wrote (all rows when
    /// the catalogue is smaller).
    /// </summary>
    public int SampleUpperBounds(QuantisedUser user, int pieces, int blocksPerPiece, Span<float> sample)
    {
        var blocks = _scales.Length / BlockRows;
        var stride = Math.Max(blocksPerPiece, blocks / pieces / 2 * 2);
        var written = 0;
        for (var first = 0; first < blocks && written + (blocksPerPiece * BlockRows) <= sample.Length; first += stride)
        {
            var end = Math.Min(blocks, first + blocksPerPiece);
            var bounds = new EveryUpperBound(sample.Slice(written, (end - first) * BlockRows), firstBlock: first);
            ScanBlocks(user, ref bounds, first, end);
            written += Math.Min(end * BlockRows, Rows) - (first * BlockRows);
        }

        return written;
    }

    /// <summary>
    /// The estimates of a block (what <see cref="Scan{TBounds}"/> hands over) minus the same slack its upper bounds
    /// add: each at most the row's exact score.
    /// </summary>
    public Vector256<float> LowerBounds(QuantisedUser user, int block, Vector256<float> estimates)
    {
        var course = block * BlockRows;
        var lower = Vector256.FusedMultiplyAdd(Vector256.Create(_scales, course), Vector256.Create(-user.RowSlack), estimates);
        lower = Vector256.FusedMultiplyAdd(Vector256.Create(_spreads, course), Vector256.Create(-user.SpreadSlack), lower);
        return Vector256.FusedMultiplyAdd(Vector256.Abs(Vector256.Create(_biases, course)), Vector256.Create(-user.BiasSlack), lower);
    }

    /// <summary>Which of a block's eight lanes are rows of the catalogue (bit i: row 8·block + i), not padding.</summary>
    private uint RealRows(int block) => (uint)((1 << Math.Clamp(Rows - (block * BlockRows), 0, BlockRows)) - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Estimates(
        Vector256<int> dots, ref float scales, ref float biases, ref int offsets, nuint course, Vector256<float> userScale, Vector256<float> biasWeight) =>
        Vector256.FusedMultiplyAdd(
            Vector256.ConvertToSingle(dots - Vector256.LoadUnsafe(ref offsets, course)),
            Vector256.LoadUnsafe(ref scales, course) * userScale,
            Vector256.LoadUnsafe(ref biases, course) * biasWeight);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> UpperBounds(
        Vector256<float> estimates,
        ref float scales,
        ref float biases,
        ref float spreads,
        nuint course,
        Vector256<float> rowSlack,
        Vector256<float> spreadSlack,
        Vector256<float> biasSlack)
    {
        var upper = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref scales, course), rowSlack, estimates);
        upper = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref spreads, course), spreadSlack, upper);
        return Vector256.FusedMultiplyAdd(Vector256.Abs(Vector256.LoadUnsafe(ref biases, course)), biasSlack, upper);
    }

    /// <summary>
    /// <c>Σ (v + offset)·q</c> for each row of a block:
    /// one <c>vpdpbusd</c> per group of four coordinates where the processor has AVX-VNNI, else <c>vpmaddubsw</c> and
    /// <c>vpmaddwd</c> (the same sums: a pair of products never reaches the int16 saturation, <see cref="QuantisedUser"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<int> Dots(ref Vector256<byte> userQuads, ref Vector256<sbyte> codes, int quads, QuantisedUser user, int block)
    {
        var dots = Vector256<int>.Zero;
        ref var userQuad = ref userQuads;
        ref var code = ref codes;
        if (AvxVnni.IsSupported)
        {
            for (var quad = 0; quad < quads; quad++)
            {
                dots = AvxVnni.MultiplyWideningAndAdd(dots, userQuad, code);
                userQuad = ref Unsafe.Add(ref userQuad, 1);
                code = ref Unsafe.Add(ref code, 1);
            }

            return dots;
        }

        if (Avx2.IsSupported)
        {
            var ones = Vector256.Create((short)1);
            for (var quad = 0; quad < quads; quad++)
            {
                dots += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(userQuad, code), ones);
                userQuad = ref Unsafe.Add(ref userQuad, 1);
                code = ref Unsafe.Add(ref code, 1);
            }

            return dots;
        }

        return PortableDots(user, block);
    }

    private Vector256<int> PortableDots(QuantisedUser user, int block)
    {
        Span<int> dots = stackalloc int[BlockRows];
        for (var row = 0; row < BlockRows; row++)
        {
            for (var coordinate = 0; coordinate < Quads * 4; coordinate++)
            {
                var code = _codes[(((block * Quads) + (coordinate / 4)) * QuadBytes) + (row * 4) + (coordinate % 4)];
                dots[row] += code * user.OffsetCodes[coordinate];
            }
        }

        return Vector256.Create<int>(dots);
    }

    /// <summary>Stores every row's upper bound, from block <c>firstBlock</c> on.</summary>
    private readonly ref struct EveryUpperBound(Span<float> upperBounds, int firstBlock) : IBlockBounds
    {
        private readonly Span<float> _upperBounds = upperBounds;

        public float Cut => float.NegativeInfinity;

        public void Take(int block, uint rows, Vector256<float> estimates, Vector256<float> upper)
        {
            var first = (block - firstBlock) * BlockRows;
            if (rows == (1u << BlockRows) - 1)
            {
                upper.CopyTo(_upperBounds[first..]);
                return;
            }

            for (; rows != 0; rows &= rows - 1)
            {
                var lane = BitOperations.TrailingZeroCount(rows);
                _upperBounds[first + lane] = upper[lane];
            }
        }
    }
}
