using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class RecommenderModelTests
{
    [Fact]
    public void AModelWithNewMetricsServesAsTheModelItCopiesAndKeepsItsContext()
    {
        var model = HandBuiltModel.With(
            [(HandBuiltModel.Course("violin", "music"), 2f, 0f), (HandBuiltModel.Course("go", "games"), 0f, 1f)],
            readerIdVector: (1f, 3f),
            featureVectors: [("city:杭州", 0.5f, 0f)]);
        var context = ContextPopularity.From([new ContextCount("go", "platform:ios", 4f)], model.Courses);
        var measured = model.WithContext(context).WithMetrics(model.Metrics with { TrainingAuc = 0.75, TrainingSeconds = 2 });

        Assert.Equal(0.75, measured.Metrics.TrainingAuc);
        Assert.Equal(2, measured.Metrics.TrainingSeconds);
        Assert.Equal(0, model.Metrics.TrainingAuc);
        Assert.Same(context, measured.Context);
        Assert.Equal(model.CourseVectors.ToArray(), measured.CourseVectors.ToArray());
        Assert.Equal(model.InverseNorm(0), measured.InverseNorm(0));
        Assert.True(measured.KnowsUser(HandBuiltModel.Reader) && measured.KnowsFeature("city:杭州"));
        Assert.Equal(
            TopKRecommender.Recommend(model, HandBuiltModel.Request(2)).Select(pick => pick.CourseKey),
            TopKRecommender.Recommend(measured, HandBuiltModel.Request(2)).Select(pick => pick.CourseKey));
    }
}
