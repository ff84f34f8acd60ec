using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Recommender.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Reviews;

/// <summary>The recommender's training set carries the star ratings of visible reviews by consenting learners only.</summary>
public abstract class ReviewTrainingDataTests(KnowledgePayApp app) : ReviewsTest(app)
{
    [Fact]
    public async Task TrainingDataHoldsTheStarsOfVisibleReviewsByConsentingLearners()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await ConsentAsync(await LearnerWithAccessAsync(admin, course, "o_ann"));
        var bob = await ConsentAsync(await LearnerWithAccessAsync(admin, course, "o_bob"));
        var withoutConsent = await LearnerWithAccessAsync(admin, course, "o_private");
        await ReviewAsync(ann, course.Id, 5, "Great");
        await ReviewAsync(bob, course.Id, 2, "加微信 领资料");
        await ReviewAsync(withoutConsent, course.Id, 1);

        await using var scope = App.Services.CreateAsyncScope();
        var set = await scope.ServiceProvider.GetRequiredService<IRecommenderTrainingData>().LoadAsync(CancellationToken.None);

        var rating = Assert.Single(set.Ratings);
        Assert.Equal(
            new StarRating(GlobalId.DecodeOf("User", ann.UserId).ToString(), course.Id.ToString(), 5),
            rating);
    }

    private static async Task<Session> ConsentAsync(Session session)
    {
        var updated = (await session.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = Array.Empty<string>(), personalisationConsent = true } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
        return session;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewTrainingDataTestsOnSqlite(SqliteApp app) : ReviewTrainingDataTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReviewTrainingDataTestsOnPostgreSql(PostgreSqlApp app) : ReviewTrainingDataTests(app);
