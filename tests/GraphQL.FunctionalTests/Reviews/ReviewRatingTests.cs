using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Reviews;

/// <summary>The course's rating summary equals its visible reviews, through submits, edits, holds, hiding and restoring.</summary>
public abstract class ReviewRatingTests(KnowledgePayApp app) : ReviewsTest(app)
{
    [Fact]
    public async Task SummaryCountsVisibleReviewsThroughEditsHidingAndRestoring()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var bob = await LearnerWithAccessAsync(admin, course, "o_bob");
        var cai = await LearnerWithAccessAsync(admin, course, "o_cai");
        var dan = await LearnerWithAccessAsync(admin, course, "o_dan");

        var five = await ReviewAsync(ann, course.Id, 5, "讲得很清楚");
        await ReviewAsync(bob, course.Id, 4);
        var two = await ReviewAsync(cai, course.Id, 2, "Too fast");
        var held = await ReviewAsync(dan, course.Id, 1, "私聊领资料");
        var afterSubmits = await RatingAsync(course.Id);
        await EditAsync(cai, IdOf(two), 4, "Better on a second read");
        var afterEdit = await RatingAsync(course.Id);
        await ModerateAsync(IdOf(five), ModerationStatus.Hidden);
        var afterHiding = await RatingAsync(course.Id);
        await ModerateAsync(IdOf(five), ModerationStatus.Visible);
        await ModerateAsync(IdOf(held), ModerationStatus.Visible);
        var afterRestoring = await RatingAsync(course.Id);

        Assert.Equal("HELD", held.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal((3, 11L, 3.67), (afterSubmits.Count, afterSubmits.TotalStars, afterSubmits.Average));
        Assert.Equal((3, 13L, 4.33), (afterEdit.Count, afterEdit.TotalStars, afterEdit.Average));
        Assert.Equal((2, 8L, 4.0), (afterHiding.Count, afterHiding.TotalStars, afterHiding.Average));
        Assert.Equal((4, 14L, 3.5), (afterRestoring.Count, afterRestoring.TotalStars, afterRestoring.Average));
        var shown = (await Client.QueryAsync(
            "query($id: ID!) { course(id: $id) { ratingCount ratingAverage } }", new { id = GlobalId.Encode("Course", course.Id) }))
            .GetProperty("course");
        Assert.Equal(4, shown.GetProperty("ratingCount").GetInt32());
        Assert.Equal(3.5, shown.GetProperty("ratingAverage").GetDouble());
    }

    [Fact]
    public async Task AnEditWhoseNewTextIsHeldLeavesTheSummaryUntilAModeratorDecides()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var review = await ReviewAsync(ann, course.Id, 5);

        var edited = await EditAsync(ann, IdOf(review), 3, "加微信 送资料");

        Assert.Equal("HELD", edited.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal(0, (await RatingAsync(course.Id)).Count);
    }

    [Fact]
    public async Task ManyLearnersReviewingAtOnceLeaveExactTotals()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learners = new List<Session>();
        for (var i = 0; i < 16; i++)
        {
            learners.Add(await LearnerWithAccessAsync(admin, course, $"o_rater_{i}"));
        }

        var results = await Task.WhenAll(learners.Select((learner, i) => ReviewAsync(learner, course.Id, i % 5 + 1)));

        Assert.All(results, r => Assert.Empty(r.PayloadErrors()));
        var rating = await RatingAsync(course.Id);
        Assert.Equal(16, rating.Count);
        Assert.Equal(Enumerable.Range(0, 16).Sum(i => i % 5 + 1), rating.TotalStars);
        Assert.Equal(16, await ReviewCountAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewRatingTestsOnSqlite(SqliteApp app) : ReviewRatingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReviewRatingTestsOnPostgreSql(PostgreSqlApp app) : ReviewRatingTests(app);
