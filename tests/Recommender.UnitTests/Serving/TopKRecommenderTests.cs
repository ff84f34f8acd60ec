using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using static KnowledgePay.Recommender.UnitTests.Serving.HandBuiltModel;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class TopKRecommenderTests
{
    // The reader's id vector (1, 0) scores each course by its x.
    private static readonly RecommenderModel Model = With(
        [
            (Course("sql", "data", "sql"), 5f, 0f),
            (Course("excel", "data", "excel"), 4f, 0f),
            (Course("pandas", "data", "python"), 3f, 0f),
            (Course("sketch", "art", "drawing"), 2f, 1f),
            (Course("piano", "music", "piano"), 1f, 1f),
            (Course("ukulele", "music", "ukulele"), 0f, 1f),
        ],
        readerIdVector: (1f, 0f));

    [Fact]
    public void RanksCoursesByTheDotProductOfUserAndCourseVectors()
    {
        var picks = TopKRecommender.Recommend(Model, Request(4));

        Assert.Equal(["sql", "excel", "pandas", "sketch"], picks.Select(pick => pick.CourseKey));
        Assert.Equal([5f, 4f, 3f, 2f], picks.Select(pick => pick.Score));
    }

    [Fact]
    public void LeavesOutOwnedAndExcludedCourses()
    {
        var picks = TopKRecommender.Recommend(Model, Request(3, owned: new HashSet<string> { "sql" }, excluded: new HashSet<string> { "pandas" }));

        Assert.Equal(["excel", "sketch", "piano"], picks.Select(pick => pick.CourseKey));
    }

    [Fact]
    public void TakesAtMostTheCapPerCategoryWhileOtherCategoriesHaveCandidates()
    {
        var picks = TopKRecommender.Recommend(Model, Request(4, maxPerCategory: 1));

        Assert.Equal(["sql", "sketch", "piano", "excel"], picks.Select(pick => pick.CourseKey));
    }

    [Fact]
    public void FillsTheListFromCappedCategoriesWhenTheCatalogueRunsOut()
    {
        var picks = TopKRecommender.Recommend(Model, Request(6, maxPerCategory: 1));

        Assert.Equal(6, picks.Count);
        Assert.Equal(["sql", "sketch", "piano", "excel", "pandas", "ukulele"], picks.Select(pick => pick.CourseKey));
    }

    [Fact]
    public void ScoresANewUserFromTheirFeaturesAndExplainsWithTheMatchingInterest()
    {
        var model = With(
            [(Course("sql", "data", "sql"), 1f, 0f), (Course("piano", "music", "piano"), 0f, 1f)],
            featureVectors: [(FeatureToken.Of(FeatureToken.Tag, "piano"), 0f, 2f)]);
        var newcomer = UserFeatures.None("newcomer") with { InterestTags = [new WeightedFeature("piano", 1f)] };

        var picks = TopKRecommender.Recommend(model, Request(2, user: newcomer));

        Assert.Equal("piano", picks[0].CourseKey);
        Assert.Equal(new RecommendationReason(RecommendationReasonKind.MatchesYourInterest, "tag:piano"), picks[0].Reason);
        Assert.Equal(new RecommendationReason(RecommendationReasonKind.PopularIn, "tag:sql"), picks[1].Reason);
    }

    [Fact]
    public void ExplainsCollaborativePicksWithTheClosestOwnedCourse()
    {
        var picks = TopKRecommender.Recommend(Model, Request(1, owned: new HashSet<string> { "sql", "ukulele" }));

        Assert.Equal("excel", picks[0].CourseKey);
        Assert.Equal(new RecommendationReason(RecommendationReasonKind.BecauseYouTook, "sql"), picks[0].Reason);
    }

    [Fact]
    public void ExplainsPicksByAFollowedCreator()
    {
        var model = With(
            [(CourseFeatures.None("new-song") with { Creator = "jay" }, 1f, 0f)],
            featureVectors: [(FeatureToken.Of(FeatureToken.Creator, "jay"), 1f, 0f)]);
        var fan = UserFeatures.None("fan") with { FollowedCreators = ["jay"] };

        var picks = TopKRecommender.Recommend(model, Request(1, user: fan));

        Assert.Equal(new RecommendationReason(RecommendationReasonKind.FromCreatorYouFollow, "jay"), picks.Single().Reason);
    }

    [Fact]
    public void PopularRanksByTrainingPopularity()
    {
        var picks = TopKRecommender.Popular(Model, Request(2, excluded: new HashSet<string> { "sql" }));

        Assert.Equal(["excel", "pandas"], picks.Select(pick => pick.CourseKey));
        Assert.Equal(RecommendationReasonKind.PopularIn, picks[0].Reason.Kind);
    }

    [Fact]
    public void SimilarCoursesAreTheClosestByCosineWithoutTheCourseItself()
    {
        var picks = TopKRecommender.Similar(Model, "ukulele", Request(2));

        Assert.Equal(["piano", "sketch"], picks.Select(pick => pick.CourseKey));
        Assert.All(picks, pick => Assert.Equal(new RecommendationReason(RecommendationReasonKind.SimilarTo, "ukulele"), pick.Reason));
    }
}
