using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>Who may manage the catalogue, with real tokens from the login flow; refused calls change nothing.</summary>
public abstract class CatalogAccessTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string CreateCourseMutation = """
        mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id title } errors { __typename } } }
        """;

    private const string SetPriceMutation = """
        mutation($id: ID!) { setCoursePrice(input: { courseId: $id, price: 1 }) { course { price } errors { __typename } } }
        """;

    [Fact]
    public async Task RefusesALearnerWithNotAuthorizedAndChangesNothingWhenCreatingACourse()
    {
        var (creator, category) = (ACreator(), ACategory());
        await App.AddAsync(creator, category);
        var learner = await SignInAsync("o_learner");
        var before = await RowCountsAsync();

        var response = await learner.Client.PostGraphQLAsync(CreateCourseMutation, new { input = CourseInput(creator.Id, category.Id) });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task RefusesAnAnonymousCallerWithNotAuthenticatedAndChangesNothingWhenCreatingACourse()
    {
        var (creator, category) = (ACreator(), ACategory());
        await App.AddAsync(creator, category);
        var before = await RowCountsAsync();

        var response = await Client.PostGraphQLAsync(CreateCourseMutation, new { input = CourseInput(creator.Id, category.Id) });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task RefusesALearnerWithNotAuthorizedWhenReadingTheAuditLog()
    {
        var learner = await SignInAsync("o_learner");

        var response = await learner.Client.PostGraphQLAsync("{ auditLog { nodes { action } } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesACreatorAndKeepsThePriceWhenEditingAnotherCreatorsCourse()
    {
        await AddCoursesAsync(c => c.Titled("Theirs").PricedAt(4900).Published());
        var creator = await SignInAsCreatorAsync("o_alice");
        var theirs = await App.ReadAsync(db => db.Courses.Select(c => c.Id).SingleAsync());
        var before = await RowCountsAsync();

        var response = await creator.Client.PostGraphQLAsync(SetPriceMutation, new { id = GlobalId.Encode("Course", theirs) });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(4900, await App.ReadAsync(db => db.Courses.Select(c => c.Price.AmountFen).SingleAsync()));
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task LetsACreatorCreateAndPriceTheirOwnCourse()
    {
        var category = ACategory();
        await App.AddAsync(category);
        var creator = await SignInAsCreatorAsync("o_alice");

        var created = (await creator.Client.QueryAsync(CreateCourseMutation, new { input = CourseInput(null, category.Id) }))
            .GetProperty("createCourse");
        var priced = (await creator.Client.QueryAsync(SetPriceMutation, new { id = created.GetProperty("course").GetProperty("id").GetString() }))
            .GetProperty("setCoursePrice");

        Assert.Empty(created.PayloadErrors());
        Assert.Empty(priced.PayloadErrors());
        Assert.Equal(1, priced.GetProperty("course").GetProperty("price").GetInt64());
    }

    private static object CourseInput(Guid? creatorId, Guid categoryId) => new
    {
        creatorId = creatorId is { } id ? GlobalId.Encode("Creator", id) : null,
        categoryId = GlobalId.Encode("Category", categoryId),
        title = "A new course",
        summary = "What it teaches.",
        price = 990,
    };

    /// <summary>The admin makes <paramref name="openId"/>'s user a creator; their next login carries the role.</summary>
    private async Task<Session> SignInAsCreatorAsync(string openId)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var user = await SignInAsync(openId);
        await CreateCreatorAsync(admin, user.UserId, "Alice");
        return await SignInAsync(openId);
    }

    private Task<(int Courses, int Creators, int AuditEntries)> RowCountsAsync() =>
        App.ReadAsync(async db => (await db.Courses.CountAsync(), await db.Creators.CountAsync(), await db.AuditEntries.CountAsync()));
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogAccessTestsOnSqlite(SqliteApp app) : CatalogAccessTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogAccessTestsOnPostgreSql(PostgreSqlApp app) : CatalogAccessTests(app);
