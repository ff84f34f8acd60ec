using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.ImplicitAls;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

public sealed class RecommenderModelFileTests
{
    [Theory]
    [InlineData(RecommenderAlgorithm.FieldAwareFactorizationMachine)]
    [InlineData(RecommenderAlgorithm.WarpWithImplicitAls)]
    [InlineData(RecommenderAlgorithm.WarpImplicitAlsEase)]
    public void ReadsTheWrittenModelBackUnchanged(RecommenderAlgorithm algorithm)
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var options = TestModels.Options with
        {
            Algorithm = algorithm,
            Warp = new WarpOptions { Dimension = 8, Epochs = 5 },
            ImplicitAls = new ImplicitAlsOptions { Dimension = 8, Epochs = 4 },
        };
        var model = RecommenderTrainers.For(options, TimeProvider.System).Train(data.TrainingSet, version: 7, CancellationToken.None);
        var loaded = RoundTrip(model);

        Assert.Equal(model.Version, loaded.Version);
        Assert.Equal(model.TrainedAt, loaded.TrainedAt);
        Assert.Equal(model.Metrics, loaded.Metrics);
        Assert.Equal(model.Dimension, loaded.Dimension);
        Assert.Equal(model.Courses, loaded.Courses, (left, right) =>
            left.CourseKey == right.CourseKey && left.Tags.SequenceEqual(right.Tags) && left.Category == right.Category
            && left.Creator == right.Creator && left.LessonKinds.SequenceEqual(right.LessonKinds)
            && left.PriceBand == right.PriceBand && left.PublishedAt == right.PublishedAt);
        Assert.Equal(model.CourseVectors.ToArray(), loaded.CourseVectors.ToArray());
        Assert.Equal(model.Popularity.ToArray(), loaded.Popularity.ToArray());
        Assert.Equal(model.UserKeys, loaded.UserKeys);
        Assert.Equal(model.UserIdVectors.ToArray(), loaded.UserIdVectors.ToArray());
        Assert.Equal(model.FeatureTokens, loaded.FeatureTokens);
        Assert.Equal(model.FeatureVectors.ToArray(), loaded.FeatureVectors.ToArray());
    }

    [Fact]
    public void KeepsWhatIsPopularPerPlatformAndDaypart()
    {
        var model = TestModels.Trainer().Train(new PlantedPreferences(users: 60, courses: 30).TrainingSet, version: 7, CancellationToken.None);
        var withContext = model.WithContext(ContextPopularity.From(
            [new(model.Courses[0].CourseKey, "platform:ios", 40f), new(model.Courses[1].CourseKey, "platform:android", 10f),
             new(model.Courses[0].CourseKey, "daypart:evening", 30f), new(model.Courses[2].CourseKey, "daypart:morning", 20f)],
            model.Courses));

        var loaded = RoundTrip(withContext);

        Assert.Null(RoundTrip(model).Context);
        Assert.Equal(withContext.Context!.Tokens, loaded.Context!.Tokens);
        Assert.Equal(withContext.Context.Lifts.ToArray(), loaded.Context.Lifts.ToArray());
        Assert.Contains(loaded.Context.Lifts.ToArray(), lift => lift != 0f);
    }

    /// <summary>The file keeps the float rows; the int8 rows the top-k pass reads are quantised again on load.</summary>
    [Fact]
    public void TheReadModelRecommendsWhatTheWrittenOneDid()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var model = TestModels.Trainer().Train(data.TrainingSet, version: 7, CancellationToken.None);
        var loaded = RoundTrip(model);

        foreach (var user in data.TrainingSet.Users)
        {
            var request = new RecommendationRequest(user, Count: 10, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 2);
            Assert.Equal(TopKRecommender.Recommend(model, request), TopKRecommender.Recommend(loaded, request));
        }
    }

    private static RecommenderModel RoundTrip(RecommenderModel model)
    {
        using var stream = new MemoryStream();
        RecommenderModelFile.Write(stream, model);
        stream.Position = 0;
        return RecommenderModelFile.Read(stream);
    }
}
