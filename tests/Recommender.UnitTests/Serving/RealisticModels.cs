using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// Served models shaped like trained ones: latent coordinates of varied spread per row (popular courses have longer
/// vectors), biases spread wider than any one coordinate, and users whose vectors end in the bias weight 1.
/// </summary>
internal static class RealisticModels
{
    public static RecommenderModel Of(Random random, int courses, int users, int dimension)
    {
        var courseVectors = Enumerable.Range(0, courses)
            .SelectMany(_ => Vector(random, dimension, latentSpread: 0.2f + (float)random.NextDouble(), bias: Normal(random) * 2f))
            .ToArray();
        var userVectors = Enumerable.Range(0, users)
            .SelectMany(_ => Vector(random, dimension, latentSpread: 0.5f + (float)random.NextDouble(), bias: 0f))
            .ToArray();
        return new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, users, courses, 0, 0),
            dimension,
            Enumerable.Range(0, courses).Select(course => CourseFeatures.None($"c{course}") with { Category = $"k{course % 50}" }).ToArray(),
            courseVectors,
            new float[courses],
            Enumerable.Range(0, users).Select(user => $"u{user}").ToArray(),
            userVectors,
            [],
            []);
    }

    public static float[] Vector(Random random, int dimension, float latentSpread, float bias)
    {
        var vector = Enumerable.Range(0, dimension).Select(_ => Normal(random) * latentSpread).ToArray();
        vector[^1] = bias;
        return vector;
    }

    private static float Normal(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
