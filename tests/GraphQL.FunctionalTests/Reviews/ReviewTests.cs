using System.Text.Json;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Reviews;

/// <summary>Reviewing, editing, replying and voting through HTTP; refused input changes nothing in the database.</summary>
public abstract class ReviewTests(KnowledgePayApp app) : ReviewsTest(app)
{
    private const string ReviewsQuery = """
        query($id: ID!, $order: ReviewOrder, $after: String) {
          course(id: $id) { reviews(first: 2, after: $after, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { stars text status isMine } } }
        }
        """;

    [Fact]
    public async Task ALearnerWhoNeverHadTheCourseCannotReviewIt()
    {
        var course = await AddPaidCourseAsync();
        var stranger = await SignInAsync("o_stranger");

        var refused = await ReviewAsync(stranger, course.Id, 5, "Great");

        Assert.Equal([("ReviewNotEntitledError", ReviewErrors.NotEntitledCode)], refused.PayloadErrors());
        Assert.Equal(0, await ReviewCountAsync());
        Assert.Equal(0, (await RatingAsync(course.Id)).Count);
    }

    [Fact]
    public async Task ALearnerWhoseAccessWasWithdrawnCannotReview()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var refunded = await LearnerWithAccessAsync(admin, course, "o_refunded");
        Assert.Empty((await RevokeAsync(admin, refunded.UserId, course.Id)).PayloadErrors());

        var refused = await ReviewAsync(refunded, course.Id, 1, "Refund me");

        Assert.Equal([("ReviewNotEntitledError", ReviewErrors.NotEntitledCode)], refused.PayloadErrors());
        Assert.Equal(0, await ReviewCountAsync());
    }

    [Fact]
    public async Task ASecondReviewIsRefusedAndTheFirstStaysAsItWas()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        await ReviewAsync(ann, course.Id, 4, "Good");

        var second = await ReviewAsync(ann, course.Id, 1, "Changed my mind");

        Assert.Equal([("ReviewAlreadyExistsError", ReviewErrors.AlreadyReviewedCode)], second.PayloadErrors());
        var stored = await App.ReadAsync(db => db.Reviews.AsNoTracking().SingleAsync());
        Assert.Equal((4, "Good"), (stored.Stars, stored.Text));
        Assert.Equal((1, 4L), ((await RatingAsync(course.Id)).Count, (await RatingAsync(course.Id)).TotalStars));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task StarsOutOfRangeAreRefused(int stars)
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");

        var refused = await ReviewAsync(ann, course.Id, stars);

        Assert.Equal([("ReviewInvalidStarsError", ReviewErrors.InvalidStarsCode)], refused.PayloadErrors());
        Assert.Equal(0, await ReviewCountAsync());
    }

    [Fact]
    public async Task TextTheContentCheckRefusesSavesNothing()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");

        var refused = await ReviewAsync(ann, course.Id, 5, "来赌博吧");

        Assert.Equal([("ContentRefusedError", ModerationErrors.ContentRefusedCode)], refused.PayloadErrors());
        Assert.Equal(0, await ReviewCountAsync());
        var checkedText = Assert.Single(await App.WeChat.ContentChecksAsync());
        Assert.Equal(2, checkedText.GetProperty("scene").GetInt32());
    }

    [Fact]
    public async Task ARatingWithoutTextIsShownWithoutAContentCheck()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");

        var reviewed = await ReviewAsync(ann, course.Id, 3);

        Assert.Equal("VISIBLE", reviewed.GetProperty("review").GetProperty("status").GetString());
        Assert.Empty(await App.WeChat.ContentChecksAsync());
    }

    [Fact]
    public async Task OnlyTheAuthorEditsAReview()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var bob = await LearnerWithAccessAsync(admin, course, "o_bob");
        var review = await ReviewAsync(ann, course.Id, 2, "Meh");

        var byBob = await EditAsync(bob, IdOf(review), 5, "Great");
        var byAnn = await EditAsync(ann, IdOf(review), 4, "Grew on me");

        Assert.Equal([("ReviewNotAuthorError", ReviewErrors.NotAuthorCode)], byBob.PayloadErrors());
        Assert.Equal((4, "Grew on me"), (byAnn.GetProperty("review").GetProperty("stars").GetInt32(), byAnn.GetProperty("review").GetProperty("text").GetString()));
        Assert.NotEqual(JsonValueKind.Null, byAnn.GetProperty("review").GetProperty("editedAt").ValueKind);
    }

    [Fact]
    public async Task HelpfulVotesToggleAndTheAuthorCannotVoteTheirOwn()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var reader = await SignInAsync("o_reader");
        var review = IdOf(await ReviewAsync(ann, course.Id, 5, "Clear"));

        var own = (await VoteAsync(ann.Client, review)).Data.GetProperty("voteReviewHelpful");
        var voted = (await VoteAsync(reader.Client, review)).Data.GetProperty("voteReviewHelpful");
        var votedCount = await App.ReadAsync(db => db.ReviewHelpfulVotes.CountAsync());
        var withdrawn = (await VoteAsync(reader.Client, review)).Data.GetProperty("voteReviewHelpful");

        Assert.Equal([("ReviewOwnVoteError", ReviewErrors.OwnReviewVoteCode)], own.PayloadErrors());
        Assert.True(voted.GetProperty("helpful").GetBoolean());
        Assert.Equal(1, voted.GetProperty("review").GetProperty("helpfulCount").GetInt32());
        Assert.True(voted.GetProperty("review").GetProperty("viewerFoundHelpful").GetBoolean());
        Assert.Equal(1, votedCount);
        Assert.False(withdrawn.GetProperty("helpful").GetBoolean());
        Assert.Equal(0, withdrawn.GetProperty("review").GetProperty("helpfulCount").GetInt32());
        Assert.Equal(0, await App.ReadAsync(db => db.ReviewHelpfulVotes.CountAsync()));
    }

    [Fact]
    public async Task ReviewsArePagedInEachOrderAndOthersHeldReviewsStayHidden()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var bob = await LearnerWithAccessAsync(admin, course, "o_bob");
        var cai = await LearnerWithAccessAsync(admin, course, "o_cai");
        var dan = await LearnerWithAccessAsync(admin, course, "o_dan");
        var reader = await SignInAsync("o_reader");
        await ReviewAsync(ann, course.Id, 3, "OK");
        var best = IdOf(await ReviewAsync(bob, course.Id, 5, "Best"));
        await ReviewAsync(cai, course.Id, 1, "Poor");
        await ReviewAsync(dan, course.Id, 4, "加微信 领资料");
        await VoteAsync(reader.Client, best);

        var id = GlobalId.Encode("Course", course.Id);
        var newest = await PageAsync(reader.Client, id, "NEWEST");
        var next = await PageAsync(reader.Client, id, "NEWEST", newest.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var highest = await PageAsync(reader.Client, id, "HIGHEST");
        var lowest = await PageAsync(reader.Client, id, "LOWEST");
        var helpful = await PageAsync(reader.Client, id, "MOST_HELPFUL");
        var asDan = await PageAsync(dan.Client, id, "HIGHEST");

        Assert.Equal(3, newest.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Poor", "Best"], Texts(newest));
        Assert.True(newest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["OK"], Texts(next));
        Assert.Equal(["Best", "OK"], Texts(highest));
        Assert.Equal(["Poor", "OK"], Texts(lowest));
        Assert.Equal("Best", Texts(helpful)[0]);
        Assert.Equal(4, asDan.GetProperty("totalCount").GetInt32());
        var own = Assert.Single(asDan.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("isMine").GetBoolean());
        Assert.Equal("HELD", own.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MyReviewShowsTheCallersOwnReviewWhateverItsStatus()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var ann = await LearnerWithAccessAsync(admin, course, "o_ann");
        var review = IdOf(await ReviewAsync(ann, course.Id, 2, "Hmm"));
        await ModerateAsync(review, ModerationStatus.Hidden);
        const string MyReview = "query($id: ID!) { myReview(courseId: $id) { id status } }";
        var id = GlobalId.Encode("Course", course.Id);

        var mine = (await ann.Client.QueryAsync(MyReview, new { id })).GetProperty("myReview");
        var none = (await (await SignInAsync("o_other")).Client.QueryAsync(MyReview, new { id })).GetProperty("myReview");
        var anonymous = await Client.PostGraphQLAsync(MyReview, new { id });

        Assert.Equal((review, "HIDDEN"), (mine.GetProperty("id").GetString(), mine.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, none.ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string courseId, string order, string? after = null) =>
        (await client.QueryAsync(ReviewsQuery, new { id = courseId, order, after })).GetProperty("course").GetProperty("reviews");

    private static List<string?> Texts(JsonElement page) => [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("text").GetString())];
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewTestsOnSqlite(SqliteApp app) : ReviewTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReviewTestsOnPostgreSql(PostgreSqlApp app) : ReviewTests(app);
