using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommendations;

/// <summary>
/// Top-20 for one known user: a 4-bit screen of every course, int8 bounds of the few pairs of blocks it opens, the bounded
/// heap with exact rescoring, the category cap and reasons; beside it the float pass it replaced, the bandwidth floor (a
/// pass that only sums the int8 rows' bytes) and the screen floor (one that sums the bytes every request reads in full).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TopKBenchmarks
{
    private RecommenderModel _model = null!;
    private RecommendationRequest _request = null!;
    private float[] _userVector = [];
    private float[] _scores = [];

    [Params(10_000, 100_000)]
    public int Courses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntheticCatalogue.Model(Courses);
        _request = new RecommendationRequest(
            UserFeatures.None("reader"), 20, new HashSet<string> { "c1", "c2", "c3" }, new HashSet<string> { "c4" }, MaxPerCategory: 3);
        _userVector = new float[_model.Dimension];
        _model.WriteUserVector(_request.User, _userVector);
        _scores = new float[Courses];
    }

    [Benchmark(Baseline = true, Description = "score all courses (the dot products only)")]
    public float ScoreAll()
    {
        TopKRecommender.ScoreAll(_model, _userVector, _scores);
        return _scores[^1];
    }

    [Benchmark(Description = "bandwidth floor: sum the int8 rows and their per-row values")]
    public int SumQuantisedBytes() => SumBytes(_model);

    /// <summary>The bandwidth floor: every byte the int8 pass reads, summed a register at a time.</summary>
    internal static int SumBytes(RecommenderModel model)
    {
        var rows = model.QuantisedRows;
        var sum = Sum(MemoryMarshal.Cast<sbyte, int>(rows.Codes)) + Sum(rows.Offsets);
        return sum + Sum(MemoryMarshal.Cast<float, int>(rows.Scales)) + Sum(MemoryMarshal.Cast<float, int>(rows.Biases))
            + Sum(MemoryMarshal.Cast<float, int>(rows.Spreads));
    }

    [Benchmark(Description = "screen floor: sum the 4-bit screen and the rows' scales and biases")]
    public int SumScreen() => SumScreenBytes(_model);

    /// <summary>The bytes every top-k request reads in full: the 4-bit screen, its residual bounds, the rows' scales and biases.</summary>
    internal static int SumScreenBytes(RecommenderModel model)
    {
        var rows = model.QuantisedRows;
        var sum = Sum(MemoryMarshal.Cast<byte, int>(rows.Screen.Codes)) + Sum(MemoryMarshal.Cast<float, int>(rows.Screen.Residuals));
        return sum + Sum(MemoryMarshal.Cast<float, int>(rows.Scales)) + Sum(MemoryMarshal.Cast<float, int>(rows.Biases));
    }

    [Benchmark(Description = "int8 upper bounds of all courses (the pass alone)")]
    public float QuantisedPass()
    {
        var rows = _model.QuantisedRows;
        rows.WriteUpperBounds(QuantisedUser.Of(_userVector, rows), _scores);
        return _scores[^1];
    }

    [Benchmark(Description = "top-20 with exclusions, diversity and reasons")]
    public int Recommend() => TopKRecommender.Recommend(_model, _request).Count;

    /// <summary>Four independent accumulators, so the sum is limited by loads rather than by the chain of adds.</summary>
    private static int Sum(ReadOnlySpan<int> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var (first, second, third, fourth) = (Vector256<int>.Zero, Vector256<int>.Zero, Vector256<int>.Zero, Vector256<int>.Zero);
        var index = 0;
        for (; index <= values.Length - (4 * Vector256<int>.Count); index += 4 * Vector256<int>.Count)
        {
            first += Vector256.LoadUnsafe(ref start, (nuint)index);
            second += Vector256.LoadUnsafe(ref start, (nuint)(index + 8));
            third += Vector256.LoadUnsafe(ref start, (nuint)(index + 16));
            fourth += Vector256.LoadUnsafe(ref start, (nuint)(index + 24));
        }

        var sum = Vector256.Sum(first + second + third + fourth);
        for (; index < values.Length; index++)
        {
            sum += values[index];
        }

        return sum;
    }
}
