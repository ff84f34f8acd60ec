using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommendations;

/// <summary>
/// Top-20 for one known user: one int8 dot product per course, the bounded heap with exact rescoring, the category cap
/// and reasons; beside it the float pass it replaced and the bandwidth floor, a pass that only sums the bytes the int8
/// pass reads.
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
    public int SumQuantisedBytes()
    {
        var rows = _model.QuantisedRows;
        var sum = Sum(MemoryMarshal.Cast<sbyte, int>(rows.Codes)) + Sum(rows.Offsets);
        return sum + Sum(MemoryMarshal.Cast<float, int>(rows.Scales)) + Sum(MemoryMarshal.Cast<float, int>(rows.Biases))
            + Sum(MemoryMarshal.Cast<float, int>(rows.Spreads));
    }

    [Benchmark(Description = "int8 upper bounds of all courses (the pass alone)")]
    public float QuantisedPass()
    {
        var rows = _model.QuantisedRows;
        rows.WriteUpperBounds(QuantisedUser.Of(_userVector, rows), firstRow: 0, _scores);
        return _scores[^1];
    }

    [Benchmark(Description = "top-20 with exclusions, diversity and reasons")]
    public int Recommend() => TopKRecommender.Recommend(_model, _request).Count;

    private static int Sum(ReadOnlySpan<int> values)
    {
        var sum = Vector256<int>.Zero;
        var index = 0;
        for (; index <= values.Length - Vector256<int>.Count; index += Vector256<int>.Count)
        {
            sum += Vector256.Create(values.Slice(index, Vector256<int>.Count));
        }

        return Vector256.Sum(sum);
    }
}
