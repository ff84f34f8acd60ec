using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Comments;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Moderation;

/// <summary>
/// The moderation queue through HTTP: reports hold content at the threshold, moderators approve, hide and restore, a
/// creator moderates only their own courses' content, and learners can only report.
/// </summary>
public abstract class ModerationTests(KnowledgePayApp app) : CommentsTest(app)
{
    [Fact]
    public async Task TheThirdReportHoldsAVisibleCommentAndEachUserReportsOnce()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var comment = CommentId(await CommentAsync(learner, LessonId(course, 0), "试听课的评论"));
        var reporters = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => SignInAsync($"o_reporter_{i}")));

        var first = await ReportAsync(reporters[0], "COMMENT", comment);
        var again = await ReportAsync(reporters[0], "COMMENT", comment);
        await ReportAsync(reporters[1], "COMMENT", comment);
        Assert.Single(await CommentsAsync(reporters[2].Client, course));
        await ReportAsync(reporters[2], "COMMENT", comment);

        Assert.True(first.GetProperty("reported").GetBoolean());
        Assert.Equal([("AlreadyReportedError", ModerationCaseErrors.AlreadyReportedCode)], again.PayloadErrors());
        Assert.Empty(await CommentsAsync(reporters[2].Client, course));
        Assert.Equal(["HELD"], (await CommentsAsync(learner.Client, course)).Select(c => c.GetProperty("moderationStatus").GetString()));
        var queued = Assert.Single(await QueueAsync(admin));
        Assert.Equal(3, queued.GetProperty("reportCount").GetInt32());
        Assert.Equal(["USER_REPORTS"], queued.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(3, await App.ReadAsync(db => db.ContentReports.CountAsync()));
    }

    [Fact]
    public async Task ConcurrentReportsHoldTheCommentOnceInOneCase()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();
        var comment = CommentId(await CommentAsync(learner, LessonId(course, 0), "被很多人举报"));
        var reporters = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SignInAsync($"o_reporter_{i}")));

        var reports = await Task.WhenAll(reporters.Select(r => ReportAsync(r, "COMMENT", comment)));

        // A report that arrives after the comment was held finds nothing: the comment is no longer shown to its reporter.
        var counted = reports.Count(r => r.PayloadErrors().Count == 0);
        Assert.All(reports.Where(r => r.PayloadErrors().Count > 0), r => Assert.Equal([("NotFoundError", "NOT_FOUND")], r.PayloadErrors()));
        var single = Assert.Single(await App.ReadAsync(db => db.ModerationCases.AsNoTracking().ToListAsync()));
        Assert.InRange(counted, ModerationLimits.DefaultReportsToHold, reporters.Length);
        Assert.Equal(counted, single.ReportCount);
        Assert.Equal(counted, await App.ReadAsync(db => db.ContentReports.CountAsync()));
        Assert.Equal([ModerationHoldReason.UserReports], single.Reasons);
        Assert.Equal(ModerationStatus.Held, await App.ReadAsync(db => db.LessonComments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task AnAdminApprovesAHeldCommentAndEveryoneSeesIt()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var comment = CommentId(await CommentAsync(learner, LessonId(course, 0), "想要资料的私聊领资料"));
        var visitor = await SignInAsync("o_visitor");
        Assert.Empty(await CommentsAsync(visitor.Client, course));

        var approved = await DecideAsync(admin, "approveContent", "COMMENT", comment);

        Assert.Empty(approved.Errors);
        var decided = approved.Data.GetProperty("approveContent").GetProperty("case");
        Assert.Equal("RESOLVED", decided.GetProperty("status").GetString());
        Assert.Equal("APPROVE", decided.GetProperty("decision").GetString());
        Assert.Equal(["想要资料的私聊领资料"], Texts(await CommentsAsync(visitor.Client, course)));
        Assert.Empty(await QueueAsync(admin));
        Assert.Equal(admin.UserId, Assert.Single(await QueueAsync(admin, "RESOLVED")).GetProperty("moderatorId").GetString());
    }

    [Fact]
    public async Task AnAdminHidesAVisibleCommentAndRestoresItOnlyOnce()
    {
        var (course, admin, learner) = await EnrolledLearnerAsync();
        var comment = CommentId(await CommentAsync(learner, LessonId(course, 0), "一条普通评论"));
        var visitor = await SignInAsync("o_visitor");

        var hidden = await DecideAsync(admin, "hideContent", "COMMENT", comment);
        var seenWhileHidden = await CommentsAsync(visitor.Client, course);
        var authorWhileHidden = await CommentsAsync(learner.Client, course);
        var restored = await DecideAsync(admin, "restoreContent", "COMMENT", comment);
        var restoredAgain = await DecideAsync(admin, "restoreContent", "COMMENT", comment);

        Assert.Empty(hidden.Errors);
        Assert.Empty(seenWhileHidden);
        Assert.Equal(["HIDDEN"], authorWhileHidden.Select(c => c.GetProperty("moderationStatus").GetString()));
        Assert.Empty(restored.Errors);
        Assert.Equal(["一条普通评论"], Texts(await CommentsAsync(visitor.Client, course)));
        Assert.Equal(
            [("ModerationDecisionNotApplicableError", ModerationCaseErrors.DecisionNotApplicableCode)],
            restoredAgain.Data.GetProperty("restoreContent").PayloadErrors());
        Assert.Equal(2, await App.ReadAsync(db => db.ModerationCases.CountAsync(c => c.Status == ModerationCaseStatus.Resolved)));
    }

    [Fact]
    public async Task ACreatorModeratesOnlyTheirOwnCoursesContent()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var alice = await SignInAsync("o_alice");
        var creatorId = GlobalId.Decode(await CreateCreatorAsync(admin, alice.UserId, "Alice")).Id;
        alice = await SignInAsync("o_alice");
        var (own, _, learner) = await EnrolledLearnerAsync(creatorId: creatorId);
        var others = await AddPaidCourseAsync();
        var onOwn = CommentId(await CommentAsync(learner, LessonId(own, 0), "加微信 领课件"));
        var onOthers = CommentId(await CommentAsync(learner, LessonId(others, 0), "加微信 领别的课件"));

        var queue = await QueueAsync(alice);
        var othersApproved = await DecideAsync(alice, "approveContent", "COMMENT", onOthers);
        var ownApproved = await DecideAsync(alice, "approveContent", "COMMENT", onOwn);

        Assert.Equal([onOwn], queue.Select(c => c.GetProperty("contentId").GetString()));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], othersApproved.ErrorCodes);
        Assert.Empty(ownApproved.Errors);
        Assert.Equal(2, (await QueueAsync(admin, status: null)).Count);
        Assert.Equal(
            [(onOthers, ModerationStatus.Held), (onOwn, ModerationStatus.Visible)],
            (await App.ReadAsync(db => db.LessonComments.AsNoTracking().ToListAsync()))
                .Select(c => (GlobalId.Encode("LessonComment", c.Id), c.Status))
                .OrderBy(c => c.Item1 == onOwn));
    }

    [Fact]
    public async Task LearnersCanReportButNeitherSeeTheQueueNorDecide()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();
        var comment = CommentId(await CommentAsync(learner, LessonId(course, 0), "学员的评论"));
        var other = await SignInAsync("o_other");

        var queue = await other.Client.PostGraphQLAsync("{ moderationQueue { nodes { id } } }");
        var hidden = await DecideAsync(other, "hideContent", "COMMENT", comment);
        var anonymousReport = await Client.PostGraphQLAsync(
            "mutation($input: ReportContentInput!) { reportContent(input: $input) { reported } }",
            new { input = new { kind = "COMMENT", contentId = comment, reason = "广告" } });
        var report = await ReportAsync(other, "COMMENT", comment);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], queue.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], hidden.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousReport.ErrorCodes);
        Assert.Empty(report.PayloadErrors());
        Assert.Equal(ModerationStatus.Visible, await App.ReadAsync(db => db.LessonComments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task ReportingContentThatDoesNotExistOrIsHeldForSomeoneElseFindsNothing()
    {
        var (course, _, learner) = await EnrolledLearnerAsync();
        var held = CommentId(await CommentAsync(learner, LessonId(course, 0), "加微信 看这里"));
        var other = await SignInAsync("o_other");

        var unknown = await ReportAsync(other, "COMMENT", GlobalId.Encode("LessonComment", Guid.CreateVersion7()));
        var notShown = await ReportAsync(other, "COMMENT", held);

        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknown.PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], notShown.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.ContentReports.CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ModerationTestsOnSqlite(SqliteApp app) : ModerationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ModerationTestsOnPostgreSql(PostgreSqlApp app) : ModerationTests(app);
