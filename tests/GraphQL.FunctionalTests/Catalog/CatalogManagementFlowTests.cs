using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>The "done when", through HTTP only: the configured admin logs in and puts a course on sale.</summary>
public abstract class CatalogManagementFlowTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task ListsTheCourseInCoursesAndAuditsEveryStepWhenTheBootstrapAdminPublishesIt()
    {
        var category = ACategory();
        await App.AddAsync(category);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var bob = await SignInAsync("o_bob");

        var creatorId = await CreateCreatorAsync(admin, bob.UserId, "Bob");
        var courseId = (await MutateAsync(admin, "createCourse", "course { id }", new
        {
            creatorId,
            categoryId = GlobalId.Encode("Category", category.Id),
            title = "从零开始的 GraphQL",
            summary = "Schema, resolvers and clients.",
            price = 4900,
        })).GetProperty("course").GetProperty("id").GetString();
        var chapterId = (await MutateAsync(admin, "addChapter", "course { chapters { id } }", new { courseId, title = "入门" }))
            .GetProperty("course").GetProperty("chapters")[0].GetProperty("id").GetString();
        await MutateAsync(admin, "addLesson", "course { id }", new
        {
            chapterId,
            content = new { title = "Hello", kind = "ARTICLE", durationSeconds = 300, isFreePreview = true, body = "Welcome!" },
        });
        await MutateAsync(admin, "publishCourse", "course { status }", new { courseId });

        var listed = (await Client.QueryAsync("{ courses { nodes { id title status price creator { name } } } }")).Nodes("courses");
        var course = Assert.Single(listed);
        Assert.Equal(
            (courseId, "从零开始的 GraphQL", "PUBLISHED", 4900L, "Bob"),
            (course.GetProperty("id").GetString(), course.GetProperty("title").GetString(), course.GetProperty("status").GetString(),
                course.GetProperty("price").GetInt64(), course.GetProperty("creator").GetProperty("name").GetString()));
        var entries = (await admin.Client.QueryAsync("{ auditLog(order: [{ occurredAt: ASC }]) { nodes { entityType action userId } } }"))
            .Nodes("auditLog");
        Assert.Equal(
            ["CourseCreated", "ChapterAdded", "LessonAdded", "CoursePublished"],
            entries.Where(e => e.GetProperty("entityType").GetString() == "Course").Select(e => e.GetProperty("action").GetString()));
        Assert.Contains(entries, e => e.GetProperty("entityType").GetString() == "Creator");
        // The category came from the test's own set-up (no signed-in user); every step the admin took is audited as theirs.
        Assert.All(
            entries.Where(e => e.GetProperty("entityType").GetString() != "Category"),
            e => Assert.Equal(admin.UserId, e.GetProperty("userId").GetString()));
    }

    /// <summary>Runs <c>name(input: $input) { selection errors }</c> as <paramref name="session"/> and asserts it succeeded.</summary>
    private static async Task<JsonElement> MutateAsync(Session session, string name, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        var payload = (await session.Client.QueryAsync(
            $"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code message }} }} }} }}",
            new { input })).GetProperty(name);
        Assert.Empty(payload.PayloadErrors());
        return payload;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogManagementFlowTestsOnSqlite(SqliteApp app) : CatalogManagementFlowTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogManagementFlowTestsOnPostgreSql(PostgreSqlApp app) : CatalogManagementFlowTests(app);
