using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary>Paid courses whose lessons have bodies and media, and the admin grants that make buyers without a payment.</summary>
public abstract class LearningTest(KnowledgePayApp app) : FunctionalTest(app)
{
    public const string LessonsQuery = """
        query($id: ID!) { course(id: $id) { lessons { id title isFreePreview locked body media { url expiresAt } } } }
        """;

    /// <summary>A published course by the creator <paramref name="creatorId"/> (a new one when null); its first lesson is a free preview.</summary>
    protected async Task<Course> AddPaidCourseAsync(int lessons = 3, Guid? creatorId = null)
    {
        var category = ACategory();
        var creator = ACreator();
        var course = Course.Draft(creatorId ?? creator.Id, category.Id, $"Paid course {Next()}", "Paid lessons.", Money.Fen(4900), Epoch);
        var chapter = course.AddChapter("第一章");
        for (var i = 0; i < lessons; i++)
        {
            course.AddLesson(chapter.Id, new LessonContent(
                $"Lesson {i}", LessonKind.Video, 300, IsFreePreview: i == 0, BodyOf(i), $"https://media.example/{course.Id:N}/{i}.m3u8"));
        }

        course.Publish(Epoch);
        await App.AddAsync(creatorId is null ? [creator, category, course] : [category, course]);
        return course;
    }

    protected static string BodyOf(int lesson) => $"Body of lesson {lesson}";

    protected static async Task<JsonElement> GrantAsync(Session admin, string userId, Guid courseId) =>
        (await admin.Client.QueryAsync(
            """
            mutation($input: GrantCourseAccessInput!) {
              grantCourseAccess(input: $input) { enrollment { id source revokedAt } errors { __typename ... on Error { code } } }
            }
            """,
            new { input = new { userId, courseId = GlobalId.Encode("Course", courseId) } })).GetProperty("grantCourseAccess");

    protected static async Task<JsonElement> RevokeAsync(Session admin, string userId, Guid courseId) =>
        (await admin.Client.QueryAsync(
            """
            mutation($input: RevokeCourseAccessInput!) {
              revokeCourseAccess(input: $input) { enrollment { id revokedAt } errors { __typename ... on Error { code } } }
            }
            """,
            new { input = new { userId, courseId = GlobalId.Encode("Course", courseId) } })).GetProperty("revokeCourseAccess");

    /// <summary>The course's lessons as <paramref name="client"/> sees them.</summary>
    protected static async Task<IReadOnlyList<JsonElement>> LessonsAsync(HttpClient client, Guid courseId) =>
        [.. (await client.QueryAsync(LessonsQuery, new { id = GlobalId.Encode("Course", courseId) }))
            .GetProperty("course").GetProperty("lessons").EnumerateArray()];

    /// <summary>The bodies the caller got, in outline order (null where locked).</summary>
    protected static IReadOnlyList<string?> Bodies(IReadOnlyList<JsonElement> lessons) =>
        [.. lessons.Select(l => l.GetProperty("body").GetString())];
}
