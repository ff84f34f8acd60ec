using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Learning;

namespace KnowledgePay.GraphQL.FunctionalTests.Comments;

/// <summary>
/// Paid courses whose lessons take comments, learners entitled to them through an admin grant, and the GraphQL operations
/// of comments and moderation. Everyone signs in through the simulator, so msgSecCheck knows their openid.
/// </summary>
public abstract class CommentsTest(KnowledgePayApp app) : LearningTest(app)
{
    public const string Failure = "errors { __typename ... on Error { code } }";
    public const string CommentFields = "id text moderationStatus createdAt author { nickname } replies { id text moderationStatus }";

    /// <summary>A paid course (first lesson a free preview) and a learner the admin enrolled in it.</summary>
    protected async Task<(Course Course, Session Admin, Session Learner)> EnrolledLearnerAsync(string openId = "o_learner", Guid? creatorId = null)
    {
        var course = await AddPaidCourseAsync(creatorId: creatorId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync(openId);
        Assert.Empty((await GrantAsync(admin, learner.UserId, course.Id)).PayloadErrors());
        return (course, admin, learner);
    }

    protected static Guid LessonId(Course course, int index) =>
        course.Chapters.SelectMany(c => c.Lessons).OrderBy(l => l.Position).ElementAt(index).Id;

    protected static async Task<JsonElement> CommentAsync(Session author, Guid lessonId, string text) =>
        (await author.Client.QueryAsync(
            $"mutation($input: CommentOnLessonInput!) {{ commentOnLesson(input: $input) {{ comment {{ {CommentFields} }} {Failure} }} }}",
            new { input = new { lessonId = GlobalId.Encode("Lesson", lessonId), text } })).GetProperty("commentOnLesson");

    protected static async Task<JsonElement> ReplyAsync(Session author, string commentId, string text) =>
        (await author.Client.QueryAsync(
            $"mutation($input: ReplyToCommentInput!) {{ replyToComment(input: $input) {{ comment {{ {CommentFields} }} {Failure} }} }}",
            new { input = new { commentId, text } })).GetProperty("replyToComment");

    protected static string CommentId(JsonElement payload) => payload.GetProperty("comment").GetProperty("id").GetString()!;

    /// <summary>The lesson's comments as <paramref name="client"/> sees them, newest first.</summary>
    protected static async Task<IReadOnlyList<JsonElement>> CommentsAsync(HttpClient client, Course course, int lesson = 0)
    {
        var lessons = (await client.QueryAsync(
                $"query($id: ID!) {{ course(id: $id) {{ lessons {{ id comments(first: 10) {{ nodes {{ {CommentFields} }} }} }} }} }}",
                new { id = GlobalId.Encode("Course", course.Id) }))
            .GetProperty("course").GetProperty("lessons").EnumerateArray();
        var id = GlobalId.Encode("Lesson", LessonId(course, lesson));
        return lessons.Single(l => l.GetProperty("id").GetString() == id).Nodes("comments");
    }

    protected static IReadOnlyList<string?> Texts(IEnumerable<JsonElement> comments) => [.. comments.Select(c => c.GetProperty("text").GetString())];

    protected static async Task<JsonElement> ReportAsync(Session reporter, string kind, string contentId, string reason = "广告") =>
        (await reporter.Client.QueryAsync(
            $"mutation($input: ReportContentInput!) {{ reportContent(input: $input) {{ reported {Failure} }} }}",
            new { input = new { kind, contentId, reason } })).GetProperty("reportContent");

    /// <summary>approveContent, hideContent or restoreContent, as the whole response (authorisation failures are top-level).</summary>
    protected static Task<GraphQLResponse> DecideAsync(Session moderator, string mutation, string kind, string contentId) =>
        moderator.Client.PostGraphQLAsync(
            $"mutation($input: ModerateContentInput!) {{ {mutation}(input: $input) {{ case {{ id status decision reasons }} {Failure} }} }}",
            new { input = new { kind, contentId } });

    protected static async Task<IReadOnlyList<JsonElement>> QueueAsync(Session moderator, string? status = "OPEN") =>
        (await moderator.Client.QueryAsync(
            "query($status: ModerationCaseStatus) { moderationQueue(status: $status, first: 50) { nodes { id kind contentId courseId text reasons reportCount status decision moderatorId } } }",
            new { status })).Nodes("moderationQueue");
}
