using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Comments;

/// <summary>
/// Comments on lessons through HTTP, screened by the simulator's msgSecCheck: passing text is shown, "review" text is held
/// for its author and queued, risky text is refused with nothing saved, and WeChat being busy holds the text.
/// </summary>
public abstract class CommentTests(KnowledgePayApp app) : CommentsTest(app)
{
    [Fact]
    public async Task APassingCommentIsShownToEveryoneTheLessonOpensTo()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var classmate = await SignInAsync("o_classmate");
        await GrantAsync(admin, classmate.UserId, course.Id);

        var posted = await CommentAsync(learner, LessonId(course, 1), "讲得很清楚，谢谢老师");

        Assert.Empty(posted.PayloadErrors());
        Assert.Equal("VISIBLE", posted.GetProperty("comment").GetProperty("moderationStatus").GetString());
        Assert.Equal(["讲得很清楚，谢谢老师"], Texts(await CommentsAsync(classmate.Client, course, 1)));
        var check = Assert.Single(await App.WeChat.ContentChecksAsync());
        Assert.Equal(2, check.GetProperty("scene").GetInt32());
        Assert.Empty(await App.ReadAsync(db => db.ModerationCases.ToListAsync()));
    }

    [Fact]
    public async Task ACommentWeChatWantsReviewedIsHeldForItsAuthorAndQueued()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var classmate = await SignInAsync("o_classmate");
        await GrantAsync(admin, classmate.UserId, course.Id);

        var posted = await CommentAsync(learner, LessonId(course, 1), "资料请加微信 abc123");

        Assert.Equal("HELD", posted.GetProperty("comment").GetProperty("moderationStatus").GetString());
        Assert.Equal(["HELD"], (await CommentsAsync(learner.Client, course, 1)).Select(c => c.GetProperty("moderationStatus").GetString()));
        Assert.Empty(await CommentsAsync(classmate.Client, course, 1));
        var queued = Assert.Single(await QueueAsync(admin));
        Assert.Equal("COMMENT", queued.GetProperty("kind").GetString());
        Assert.Equal(CommentId(posted), queued.GetProperty("contentId").GetString());
        Assert.Equal(GlobalId.Encode("Course", course.Id), queued.GetProperty("courseId").GetString());
        Assert.Equal(["CONTENT_SECURITY_REVIEW"], queued.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ARiskyCommentIsRefusedAndNothingIsSaved()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();

        var posted = await CommentAsync(learner, LessonId(course, 1), "来玩赌博吧");

        Assert.Equal([("ContentRefusedError", ModerationErrors.ContentRefusedCode)], posted.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.LessonComments.CountAsync()));
        Assert.Equal(0, await App.ReadAsync(db => db.ModerationCases.CountAsync()));
    }

    [Fact]
    public async Task ARuleAddedToTheSimulatorDecidesAndARiskyReplyIsRefusedToo()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();
        var comment = await CommentAsync(learner, LessonId(course, 1), "第三节的例子");
        await App.WeChat.JudgeContentAsync("例子很烂", "risky", 20003);

        var reply = await ReplyAsync(learner, CommentId(comment), "这个例子很烂");

        Assert.Equal([("ContentRefusedError", ModerationErrors.ContentRefusedCode)], reply.PayloadErrors());
        Assert.Equal(1, await App.ReadAsync(db => db.LessonComments.CountAsync()));
    }

    [Fact]
    public async Task ACommentIsHeldWhenWeChatCannotBeAsked()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        await App.WeChat.ArmFaultAsync("msgSecCheck", -1);

        var posted = await CommentAsync(learner, LessonId(course, 1), "普通的提问");

        Assert.Equal("HELD", posted.GetProperty("comment").GetProperty("moderationStatus").GetString());
        Assert.Equal(["CHECK_UNAVAILABLE"], Assert.Single(await QueueAsync(admin)).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task CommentingOnALessonOneHasNoAccessToIsRefusedButAFreePreviewIsOpen()
    {
        var course = await AddPaidCourseAsync();
        var stranger = await SignInAsync("o_stranger");

        var paid = await CommentAsync(stranger, LessonId(course, 1), "想问一下");
        var preview = await CommentAsync(stranger, LessonId(course, 0), "试听课不错");
        var anonymous = await Client.PostGraphQLAsync(
            $"mutation($input: CommentOnLessonInput!) {{ commentOnLesson(input: $input) {{ comment {{ id }} {Failure} }} }}",
            new { input = new { lessonId = GlobalId.Encode("Lesson", LessonId(course, 1)), text = "匿名" } });

        Assert.Equal([("CommentNoAccessError", CommentErrors.NoAccessCode)], paid.PayloadErrors());
        Assert.Empty(preview.PayloadErrors());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["试听课不错"], await App.ReadAsync(db => db.LessonComments.Select(c => c.Text).ToListAsync()));
        Assert.Empty(await CommentsAsync(stranger.Client, course, 1));
    }

    [Fact]
    public async Task RepliesAreOneLevelDeepAndListedOldestFirst()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var classmate = await SignInAsync("o_classmate");
        await GrantAsync(admin, classmate.UserId, course.Id);
        var comment = await CommentAsync(learner, LessonId(course, 1), "这里没看懂");

        var reply = await ReplyAsync(classmate, CommentId(comment), "看第二章");
        var replyToReply = await ReplyAsync(learner, CommentId(reply), "明白了，谢谢");

        Assert.Empty(replyToReply.PayloadErrors());
        var listed = Assert.Single(await CommentsAsync(learner.Client, course, 1));
        Assert.Equal(["看第二章", "明白了，谢谢"], listed.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        var rootId = GlobalId.Decode(CommentId(comment)).Id;
        Assert.Equal([rootId, rootId], await App.ReadAsync(db => db.LessonComments.Where(c => c.ParentId != null).Select(c => c.ParentId!.Value).ToListAsync()));
    }

    [Fact]
    public async Task OnlyTheAuthorDeletesACommentWhichThenLeavesTheList()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var classmate = await SignInAsync("o_classmate");
        await GrantAsync(admin, classmate.UserId, course.Id);
        var comment = await CommentAsync(learner, LessonId(course, 1), "要删掉的评论");
        const string Delete = $"mutation($input: DeleteCommentInput!) {{ deleteComment(input: $input) {{ deletedCommentId {Failure} }} }}";

        var byOther = (await classmate.Client.QueryAsync(Delete, new { input = new { commentId = CommentId(comment) } })).GetProperty("deleteComment");
        Assert.Equal([("CommentNotAuthorError", CommentErrors.NotAuthorCode)], byOther.PayloadErrors());
        Assert.Single(await CommentsAsync(classmate.Client, course, 1));

        var byAuthor = (await learner.Client.QueryAsync(Delete, new { input = new { commentId = CommentId(comment) } })).GetProperty("deleteComment");

        Assert.Equal(CommentId(comment), byAuthor.GetProperty("deletedCommentId").GetString());
        Assert.Empty(await CommentsAsync(classmate.Client, course, 1));
        Assert.Empty(await CommentsAsync(learner.Client, course, 1));
    }

    [Fact]
    public async Task ACommentLongerThanTheLimitIsInvalidInput()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();

        var posted = await CommentAsync(learner, LessonId(course, 1), new string('长', CommentLimits.TextLength + 1));

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], posted.PayloadErrors());
        Assert.Empty(await App.WeChat.ContentChecksAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CommentTestsOnSqlite(SqliteApp app) : CommentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CommentTestsOnPostgreSql(PostgreSqlApp app) : CommentTests(app);
