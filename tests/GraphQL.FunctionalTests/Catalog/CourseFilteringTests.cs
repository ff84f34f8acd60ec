using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>HotChocolate-style <c>where</c> inputs, evaluated by the database.</summary>
public abstract class CourseFilteringTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private readonly Category _programming = ACategory("编程");
    private readonly Category _career = ACategory("职场");
    private readonly Tag _beginner = ATag("入门");
    private readonly Tag _backend = ATag("后端");

    [Fact]
    public async Task ReturnsCoursesOfCategoryWhenCategoryIdEquals()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ categoryId: { eq: $id } }", GlobalId.Encode("Category", _career.Id));

        Assert.Equal(["Excel 高效办公", "Python 数据分析"], titles);
    }

    [Fact]
    public async Task ReturnsCoursesWithinPriceRangeWhenGteAndLteAreGiven()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ price: { gte: 4900, lte: 9900 } }");

        Assert.Equal(["Excel 高效办公", "Rust in Action"], titles);
    }

    [Fact]
    public async Task ReturnsFreeCoursesWhenIsFreeIsTrue()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ isFree: { eq: true } }");

        Assert.Equal(["Go 入门"], titles);
    }

    [Fact]
    public async Task ReturnsCoursesWithVideoLessonsWhenSomeLessonKindIsVideo()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ lessons: { some: { kind: { eq: VIDEO } } } }");

        Assert.Equal(["Go 入门", "Python 数据分析"], titles);
    }

    [Fact]
    public async Task ReturnsTaggedCoursesWhenSomeTagIdIsIn()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ tags: { some: { id: { in: [$id] } } } }", GlobalId.Encode("Tag", _backend.Id));

        Assert.Equal(["Python 数据分析", "Rust in Action"], titles);
    }

    [Fact]
    public async Task ReturnsEitherBranchWhenConditionsAreOred()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ or: [{ title: { contains: \"Rust\" } }, { price: { gt: 10000 } }] }");

        Assert.Equal(["Python 数据分析", "Rust in Action"], titles);
    }

    [Fact]
    public async Task ReturnsOnlyCoursesMatchingBothWhenConditionsAreAnded()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ and: [{ categoryId: { eq: $id } }, { price: { lt: 10000 } }] }", GlobalId.Encode("Category", _programming.Id));

        Assert.Equal(["Go 入门", "Rust in Action"], titles);
    }

    [Fact]
    public async Task ReturnsMatchingTitlesWhenTitleContainsText()
    {
        await AddCatalogueAsync();

        var titles = await TitlesAsync("{ title: { contains: \"数据\" } }");

        Assert.Equal(["Python 数据分析"], titles);
    }

    [Fact]
    public async Task MatchesTitleAndSummaryIgnoringCaseWhenSearching()
    {
        await AddCatalogueAsync();

        var data = await Client.QueryAsync("{ courses(search: \"SYSTEMS programming\", order: [{ title: ASC }]) { nodes { title } } }");

        Assert.Equal(["Rust in Action"], data.Titles());
    }

    [Fact]
    public async Task ReturnsBadUserInputWhenFilterIdIsMalformed()
    {
        await AddCatalogueAsync();

        var response = await Client.PostGraphQLAsync("{ courses(where: { categoryId: { eq: \"nope\" } }) { nodes { title } } }");

        Assert.Contains("BAD_USER_INPUT", response.ErrorCodes);
    }

    private async Task<IReadOnlyList<string?>> TitlesAsync(string where, string? id = null)
    {
        var variables = id is null ? string.Empty : "($id: ID)";
        var query = $"query{variables} {{ courses(where: {where}, order: [{{ title: ASC }}]) {{ nodes {{ title }} }} }}";
        return (await Client.QueryAsync(query, new { id })).Titles();
    }

    private async Task AddCatalogueAsync()
    {
        var creator = ACreator();
        await App.AddAsync(
            creator,
            _programming,
            _career,
            _beginner,
            _backend,
            ACourse().By(creator).In(_programming).Titled("Go 入门").Summarised("从零开始").Free()
                .WithLessons(2, LessonKind.Video).TaggedWith(_beginner).Published().Build(),
            ACourse().By(creator).In(_programming).Titled("Rust in Action").Summarised("Systems programming for the curious")
                .PricedAt(4900).WithLessons(1, LessonKind.Article).TaggedWith(_beginner, _backend).Published().Build(),
            ACourse().By(creator).In(_career).Titled("Python 数据分析").Summarised("pandas 与 numpy")
                .PricedAt(19900).WithLessons(1, LessonKind.Video).TaggedWith(_backend).Published().Build(),
            ACourse().By(creator).In(_career).Titled("Excel 高效办公").Summarised("Spreadsheets")
                .PricedAt(9900).WithLessons(3, LessonKind.Audio).Published().Build(),
            ACourse().By(creator).In(_programming).Titled("Unpublished Rust").PricedAt(100).WithLessons(1, LessonKind.Video).Build());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CourseFilteringTestsOnSqlite(SqliteApp app) : CourseFilteringTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseFilteringTestsOnPostgreSql(PostgreSqlApp app) : CourseFilteringTests(app);
