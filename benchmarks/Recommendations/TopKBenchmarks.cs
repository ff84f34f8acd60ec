using BenchmarkDotNet.Attributes;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommendations;

/// <summary>Top-20 for one known user: one dot product per course, the bounded heap, the category cap and reasons.</summary>
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

    [Benchmark(Description = "top-20 with exclusions, diversity and reasons")]
    public int Recommend() => TopKRecommender.Recommend(_model, _request).Count;
}
