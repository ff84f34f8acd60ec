using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

/// <summary>What every trainer behind the served form must do, on the planted-preferences data.</summary>
public abstract class RecommenderTrainerTests
{
    private protected static readonly PlantedPreferences Data = new();

    /// <summary>The trainer's model of <see cref="Data"/>, trained once per test class.</summary>
    protected abstract RecommenderModel Model { get; }

    private protected abstract IRecommenderTrainer Trainer();

    [Fact]
    public void BeatsPopularityOnPlantedPreferences()
    {
        var model = Model;
        var owned = Data.Interactions.ToLookup(interaction => interaction.UserKey, interaction => interaction.CourseKey);

        var modelHits = 0;
        var popularityHits = 0;
        foreach (var user in Data.Users)
        {
            var request = new RecommendationRequest(user, 5, owned[user.UserKey].ToHashSet(), new HashSet<string>(), MaxPerCategory: 5);
            var heldOut = Data.HeldOut.Where(interaction => interaction.UserKey == user.UserKey).Select(interaction => interaction.CourseKey).ToHashSet();
            modelHits += TopKRecommender.Recommend(model, request).Count(pick => heldOut.Contains(pick.CourseKey));
            popularityHits += TopKRecommender.Popular(model, request).Count(pick => heldOut.Contains(pick.CourseKey));
        }

        Assert.True(modelHits > popularityHits * 1.5, $"model {modelHits} hits, popularity {popularityHits}");
    }

    [Fact]
    public void NewUserWithOnlyAnInterestGetsCoursesOfThatInterestFirst()
    {
        var model = Model;
        var newcomer = PlantedPreferences.InterestedIn("newcomer", topic: 4);

        var picks = TopKRecommender.Recommend(
            model, new RecommendationRequest(newcomer, 5, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 5));

        Assert.False(model.KnowsUser("newcomer"));
        Assert.All(picks, pick => Assert.Equal(PlantedPreferences.Topic(4), model.Courses[model.CourseIndexOf(pick.CourseKey)!.Value].Category));
        Assert.All(picks, pick => Assert.Equal(
            new RecommendationReason(RecommendationReasonKind.MatchesYourInterest, FeatureToken.Of(FeatureToken.Tag, PlantedPreferences.Topic(4))),
            pick.Reason));
    }

    [Fact]
    public void NewCourseWithOnlyFeaturesOutscoresOtherTopicsForUsersOfItsTopic()
    {
        var newCourse = PlantedPreferences.Course(2) with { CourseKey = "brand-new" };
        var data = Data.TrainingSet with { Courses = [.. Data.Courses, newCourse] };
        var model = Trainer().Train(data, version: 1, CancellationToken.None);
        var topicTwoUsers = Data.Users.Where((_, user) => user % PlantedPreferences.Topics == 2).ToArray();

        var wins = topicTwoUsers.Count(user =>
        {
            var scores = ServedScores(model, user);
            var newScore = scores[model.CourseIndexOf("brand-new")!.Value];
            var offTopic = model.Courses
                .Select((course, index) => (course, index))
                .Where(pair => pair.course.Category != PlantedPreferences.Topic(2))
                .Select(pair => scores[pair.index])
                .Order()
                .ToArray();
            return newScore > offTopic[offTopic.Length / 2];
        });

        Assert.True(wins >= topicTwoUsers.Length * 0.9, $"{wins} of {topicTwoUsers.Length}");
    }

    [Fact]
    public void RecordsVersionAndMetrics()
    {
        var model = Model;

        Assert.Equal(1, model.Version);
        Assert.Equal(Data.Interactions.Count, model.Metrics.Interactions);
        Assert.Equal(Data.Courses.Count, model.Metrics.Courses);
        Assert.InRange(model.Metrics.TrainingAuc, 0.8, 1.0);
    }

    internal static float[] ServedScores(RecommenderModel model, UserFeatures user)
    {
        var vector = new float[model.Dimension];
        model.WriteUserVector(user, vector);
        var scores = new float[model.Courses.Count];
        TopKRecommender.ScoreAll(model, vector, scores);
        return scores;
    }
}
