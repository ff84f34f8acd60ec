using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary><c>updateLessonProgress</c>, the course percentage it feeds, and <c>myCourses</c>.</summary>
public abstract class LearningProgressTests(KnowledgePayApp app) : LearningTest(app)
{
    private const string UpdateProgress = """
        mutation($input: UpdateLessonProgressInput!) {
          updateLessonProgress(input: $input) {
            progress { lessonId percent positionSeconds completedAt }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    private const string ViewerAccess = "query($id: ID!) { course(id: $id) { viewerAccess { enrolled progressPercent lastStudiedAt } } }";

    [Fact]
    public async Task KeepsTheHigherPercentWhenALowerReportComesLater()
    {
        var (course, buyer) = await EnrolledAsync();

        await ReportAsync(buyer, LessonOf(course, 1), 70, 200);
        var later = await ReportAsync(buyer, LessonOf(course, 1), 20, 60);

        Assert.Empty(later.PayloadErrors());
        var progress = later.GetProperty("progress");
        Assert.Equal((70, 60), (progress.GetProperty("percent").GetInt32(), progress.GetProperty("positionSeconds").GetInt32()));
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("completedAt").ValueKind);
    }

    [Fact]
    public async Task NeverLowersThePercentWhenReportsRaceEachOther()
    {
        var (course, buyer) = await EnrolledAsync();
        var lesson = LessonOf(course, 1);

        var reports = await Task.WhenAll(new[] { 90, 30, 60, 10 }.Select(percent => ReportAsync(buyer, lesson, percent, percent)));

        Assert.All(reports, r => Assert.Empty(r.PayloadErrors()));
        Assert.All(reports, r => Assert.True(r.GetProperty("progress").GetProperty("percent").GetInt32() >= 10));
        var stored = await App.ReadAsync(db => db.LessonProgress.Where(p => p.LessonId == lesson.Id).Select(p => p.Percent).SingleAsync());
        Assert.Equal(90, stored);
    }

    [Fact]
    public async Task CountsCompletedLessonsIntoTheCoursePercentAndMyCourses()
    {
        var (course, buyer) = await EnrolledAsync(lessons: 4);

        await ReportAsync(buyer, LessonOf(course, 0), 100, 300);
        await ReportAsync(buyer, LessonOf(course, 1), 90, 270, completed: true);
        await ReportAsync(buyer, LessonOf(course, 2), 50, 150);

        var access = (await buyer.Client.QueryAsync(ViewerAccess, new { id = GlobalId.Encode("Course", course.Id) }))
            .GetProperty("course").GetProperty("viewerAccess");
        Assert.True(access.GetProperty("enrolled").GetBoolean());
        Assert.Equal(50, access.GetProperty("progressPercent").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, access.GetProperty("lastStudiedAt").ValueKind);
        var mine = Assert.Single((await buyer.Client.QueryAsync("{ myCourses { nodes { progressPercent course { id } } } }")).Nodes("myCourses"));
        Assert.Equal(50, mine.GetProperty("progressPercent").GetInt32());
    }

    [Fact]
    public async Task ReturnsLessonLockedAndStoresNothingWhenTheLearnerHasNotBought()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");

        var payload = await ReportAsync(learner, LessonOf(course, 1), 10, 30);

        Assert.Equal([("LessonLockedError", "LESSON_LOCKED")], payload.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.LessonProgress.CountAsync()));
    }

    [Fact]
    public async Task RecordsProgressOnTheFreePreviewWithoutAnEnrollment()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");

        var payload = await ReportAsync(learner, LessonOf(course, 0), 40, 120);

        Assert.Empty(payload.PayloadErrors());
        Assert.Equal(40, payload.GetProperty("progress").GetProperty("percent").GetInt32());
    }

    [Fact]
    public async Task ReturnsInvalidInputWhenThePercentIsOutOfRange()
    {
        var (course, buyer) = await EnrolledAsync();

        var payload = await ReportAsync(buyer, LessonOf(course, 1), 101, 30);

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], payload.PayloadErrors());
    }

    [Fact]
    public async Task ReturnsNotFoundWhenTheLessonDoesNotExist()
    {
        var buyer = await SignInAsync("o_buyer");

        var payload = (await buyer.Client.QueryAsync(UpdateProgress, new
        {
            input = new { lessonId = GlobalId.Encode("Lesson", Guid.CreateVersion7()), percent = 10, positionSeconds = 1 },
        })).GetProperty("updateLessonProgress");

        Assert.Equal([("NotFoundError", "NOT_FOUND")], payload.PayloadErrors());
    }

    [Fact]
    public async Task ListsActiveEnrollmentsNewestFirstInMyCourses()
    {
        var first = await AddPaidCourseAsync();
        var second = await AddPaidCourseAsync();
        var revoked = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        foreach (var course in new[] { first, second, revoked })
        {
            await GrantAsync(admin, buyer.UserId, course.Id);
        }

        await RevokeAsync(admin, buyer.UserId, revoked.Id);

        var page = (await buyer.Client.QueryAsync("{ myCourses(first: 1) { totalCount nodes { course { id } grantedAt } pageInfo { hasNextPage endCursor } } }"))
            .GetProperty("myCourses");
        var next = (await buyer.Client.QueryAsync(
                "query($after: String) { myCourses(first: 5, after: $after) { nodes { course { id } } pageInfo { hasNextPage } } }",
                new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("myCourses");
        Assert.Equal([GlobalId.Encode("Course", second.Id)], CourseIds(page));
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([GlobalId.Encode("Course", first.Id)], CourseIds(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private async Task<(Course Course, Session Buyer)> EnrolledAsync(int lessons = 3)
    {
        var course = await AddPaidCourseAsync(lessons);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        Assert.Empty((await GrantAsync(admin, buyer.UserId, course.Id)).PayloadErrors());
        return (course, buyer);
    }

    private static Lesson LessonOf(Course course, int index) => course.Chapters.Single().Lessons.ElementAt(index);

    private static async Task<JsonElement> ReportAsync(Session session, Lesson lesson, int percent, int position, bool completed = false) =>
        (await session.Client.QueryAsync(UpdateProgress, new
        {
            input = new { lessonId = GlobalId.Encode("Lesson", lesson.Id), percent, positionSeconds = position, completed },
        })).GetProperty("updateLessonProgress");

    private static IReadOnlyList<string?> CourseIds(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("course").GetProperty("id").GetString())];
}

[Collection(SqliteCollection.Name)]
public sealed class LearningProgressTestsOnSqlite(SqliteApp app) : LearningProgressTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class LearningProgressTestsOnPostgreSql(PostgreSqlApp app) : LearningProgressTests(app);
