using KnowledgePay.Domain.Reviews;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Reviews;

/// <summary>
/// Who may review, reply and vote: anonymous callers, learners without and with access, the creator of another course,
/// the creator of this course and an admin.
/// </summary>
public abstract class ReviewAuthorizationTests(KnowledgePayApp app) : ReviewsTest(app)
{
    [Fact]
    public async Task OnlyLearnersWithAccessMayReview()
    {
        var (course, callers) = await CallersAsync();

        var anonymous = await Client.PostGraphQLAsync(
            "mutation($input: ReviewCourseInput!) { reviewCourse(input: $input) { review { id } } }",
            new { input = new { courseId = Conventions.Ids.GlobalId.Encode("Course", course.Id), stars = 5 } });
        var outcomes = new List<string?>();
        foreach (var caller in new[] { callers.Stranger, callers.OtherCreator, callers.Creator, callers.Admin, callers.Learner })
        {
            var payload = await ReviewAsync(caller, course.Id, 5);
            outcomes.Add(payload.PayloadErrors() is [var error] ? error.Code : "OK");
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(
            [ReviewErrors.NotEntitledCode, ReviewErrors.NotEntitledCode, ReviewErrors.NotEntitledCode, ReviewErrors.NotEntitledCode, "OK"],
            outcomes);
        Assert.Equal(1, await ReviewCountAsync());
    }

    [Fact]
    public async Task OnlyTheCoursesCreatorAndAdminsMayReply()
    {
        var (course, callers) = await CallersAsync();
        var review = IdOf(await ReviewAsync(callers.Learner, course.Id, 3, "Chapter 2 is thin"));

        var anonymous = await ReplyAsync(Client, review, "Hi");
        var outcomes = new List<string?>();
        foreach (var caller in new[] { callers.Stranger, callers.Learner, callers.OtherCreator, callers.Creator, callers.Admin })
        {
            var payload = (await ReplyAsync(caller.Client, review, $"Thanks {outcomes.Count}")).Data.GetProperty("replyToReview");
            outcomes.Add(payload.PayloadErrors() is [var error] ? error.Code : "OK");
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(
            [ReviewErrors.ReplyNotAllowedCode, ReviewErrors.ReplyNotAllowedCode, ReviewErrors.ReplyNotAllowedCode, "OK", "OK"],
            outcomes);
        var reply = await App.ReadAsync(db => db.Reviews.AsNoTracking().Select(r => r.Reply!.Text).SingleAsync());
        Assert.Equal("Thanks 4", reply);
    }

    [Fact]
    public async Task AnySignedInUserButTheAuthorMayVote()
    {
        var (course, callers) = await CallersAsync();
        var review = IdOf(await ReviewAsync(callers.Learner, course.Id, 4, "Useful"));

        var anonymous = await VoteAsync(Client, review);
        var outcomes = new List<string?>();
        foreach (var caller in new[] { callers.Stranger, callers.OtherCreator, callers.Creator, callers.Admin, callers.Learner })
        {
            var payload = (await VoteAsync(caller.Client, review)).Data.GetProperty("voteReviewHelpful");
            outcomes.Add(payload.PayloadErrors() is [var error] ? error.Code : "OK");
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["OK", "OK", "OK", "OK", ReviewErrors.OwnReviewVoteCode], outcomes);
        Assert.Equal(4, await App.ReadAsync(db => db.Reviews.Select(r => r.HelpfulCount).SingleAsync()));
    }

    /// <summary>A paid course whose creator is a signed-in user, another creator's user, an admin, a learner with access and one without.</summary>
    private async Task<(Domain.Catalog.Course Course, Callers Callers)> CallersAsync()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var creator = await SignInAsync("o_creator");
        var otherCreator = await SignInAsync("o_other_creator");
        var creatorId = Conventions.Ids.GlobalId.Decode(await CreateCreatorAsync(admin, creator.UserId, "讲师甲")).Id;
        var otherCreatorId = Conventions.Ids.GlobalId.Decode(await CreateCreatorAsync(admin, otherCreator.UserId, "讲师乙")).Id;
        var course = await AddPaidCourseAsync(creatorId: creatorId);
        await AddPaidCourseAsync(creatorId: otherCreatorId);
        var learner = await LearnerWithAccessAsync(admin, course, "o_learner");
        var stranger = await SignInAsync("o_stranger");
        return (course, new Callers(stranger, learner, otherCreator, creator, admin));
    }

    private sealed record Callers(Session Stranger, Session Learner, Session OtherCreator, Session Creator, Session Admin);
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewAuthorizationTestsOnSqlite(SqliteApp app) : ReviewAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReviewAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : ReviewAuthorizationTests(app);
