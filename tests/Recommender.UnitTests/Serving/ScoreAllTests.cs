using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class ScoreAllTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(17)]
    [InlineData(33)]
    public void EveryScoreIsTheDotProductOfTheUserAndTheCourseRow(int dimension)
    {
        const int courses = 50;
        var random = new Random(dimension);
        var vectors = Enumerable.Range(0, courses * dimension).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var user = Enumerable.Range(0, dimension).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var model = new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 0, courses, 0, 0),
            dimension,
            Enumerable.Range(0, courses).Select(course => CourseFeatures.None($"c{course}")).ToArray(),
            vectors,
            new float[courses],
            [],
            [],
            [],
            []);
        var scores = new float[courses];

        TopKRecommender.ScoreAll(model, user, scores);

        for (var course = 0; course < courses; course++)
        {
            Assert.Equal(TensorPrimitives.Dot(user, vectors.AsSpan(course * dimension, dimension)), scores[course], 0.0001f);
        }
    }
}
