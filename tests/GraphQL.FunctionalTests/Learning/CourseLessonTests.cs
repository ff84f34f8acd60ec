using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary>
/// <c>course { lesson(id) }</c>: the player reads one lesson, and only that lesson counts as opened for the refund policy
/// (reading through the outline opens every lesson it serves).
/// </summary>
public abstract class CourseLessonTests(KnowledgePayApp app) : LearningTest(app)
{
    private const string LessonQuery = """
        query($course: ID!, $lesson: ID!) { course(id: $course) { lesson(id: $lesson) { id title locked body } } }
        """;

    [Fact]
    public async Task ServesTheOneLessonAskedForAndRecordsOnlyItAsOpened()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        await GrantAsync(admin, buyer.UserId, course.Id);
        var second = LessonIds(course)[1];

        var lesson = await LessonAsync(buyer.Client, course.Id, second);

        Assert.Equal(BodyOf(1), lesson.GetProperty("body").GetString());
        Assert.False(lesson.GetProperty("locked").GetBoolean());
        Assert.Equal([second], await App.ReadAsync(db => db.LessonOpenings.Where(o => o.CourseId == course.Id).Select(o => o.LessonId).ToListAsync()));
    }

    [Fact]
    public async Task KeepsAPaidLessonLockedForSomeoneWhoHasNotBought()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");

        var lesson = await LessonAsync(learner.Client, course.Id, LessonIds(course)[2]);

        Assert.True(lesson.GetProperty("locked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lesson.GetProperty("body").ValueKind);
        Assert.Equal(0, await App.ReadAsync(db => db.LessonOpenings.CountAsync(o => o.CourseId == course.Id)));
    }

    [Fact]
    public async Task AnswersNullForALessonOfAnotherCourseAndRefusesAnIdOfAnotherType()
    {
        var course = await AddPaidCourseAsync();
        var other = await AddPaidCourseAsync();

        var foreign = await Client.PostGraphQLAsync(LessonQuery, Variables(course.Id, LessonIds(other)[0]));
        var wrongType = await Client.PostGraphQLAsync(LessonQuery, new
        {
            course = GlobalId.Encode("Course", course.Id),
            lesson = GlobalId.Encode("Course", other.Id),
        });

        Assert.Empty(foreign.Errors);
        Assert.Equal(JsonValueKind.Null, foreign.Data.GetProperty("course").GetProperty("lesson").ValueKind);
        Assert.NotEmpty(wrongType.Errors);
    }

    private static IReadOnlyList<Guid> LessonIds(Course course) =>
        [.. course.Chapters.SelectMany(c => c.Lessons.OrderBy(l => l.Position)).Select(l => l.Id)];

    private static object Variables(Guid courseId, Guid lessonId) =>
        new { course = GlobalId.Encode("Course", courseId), lesson = GlobalId.Encode("Lesson", lessonId) };

    private static async Task<JsonElement> LessonAsync(HttpClient client, Guid courseId, Guid lessonId) =>
        (await client.PostGraphQLAsync(LessonQuery, Variables(courseId, lessonId))).Data.GetProperty("course").GetProperty("lesson");
}

[Collection(SqliteCollection.Name)]
public sealed class CourseLessonTestsOnSqlite(SqliteApp app) : CourseLessonTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseLessonTestsOnPostgreSql(PostgreSqlApp app) : CourseLessonTests(app);
