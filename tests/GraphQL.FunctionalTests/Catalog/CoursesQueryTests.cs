using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.TestData;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

public abstract class CoursesQueryTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string PageQuery = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          courses(first: $first, after: $after, last: $last, before: $before, order: [{ price: ASC }]) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { title }
          }
        }
        """;

    [Fact]
    public async Task ReturnsFiveMostExpensiveCoursesWhenOrderedByPriceDescending()
    {
        var creator = ACreator("王老师");
        var category = ACategory();
        long[] prices = [900, 4900, 19900, 0, 12900, 2900, 39900, 9900];
        var courses = prices.Select(p => ACourse().By(creator).In(category).PricedAt(p).Published().Build());
        await App.AddAsync([creator, category, .. courses]);

        var data = await Client.QueryAsync("{ courses(first: 5, order: [{ price: DESC }]) { nodes { title price creator { name } } } }");

        var nodes = data.Nodes("courses");
        Assert.Equal([39900L, 19900, 12900, 9900, 4900], nodes.Select(n => n.GetProperty("price").GetInt64()));
        Assert.All(nodes, n => Assert.Equal("王老师", n.GetProperty("creator").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ListsOnlyPublishedCoursesWhenDraftsExist()
    {
        await AddCoursesAsync(c => c.Titled("Published").Published(), c => c.Titled("Draft").WithLessons(1));

        var data = await Client.QueryAsync("{ courses { totalCount nodes { title } } }");

        Assert.Equal(["Published"], data.Titles());
        Assert.Equal(1, data.GetProperty("courses").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task VisitsEveryCourseOnceWhenPagingForward()
    {
        var expected = await AddCoursesPricedFromOneToSevenYuanAsync();
        var seen = new List<string?>();
        string? after = null;
        JsonElement connection;

        do
        {
            connection = (await Client.QueryAsync(PageQuery, new { first = 3, after })).GetProperty("courses");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        }
        while (connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task VisitsEveryCourseOnceWhenPagingBackward()
    {
        var expected = await AddCoursesPricedFromOneToSevenYuanAsync();
        var seen = new List<string?>();
        string? before = null;
        JsonElement connection;

        do
        {
            connection = (await Client.QueryAsync(PageQuery, new { last = 3, before })).GetProperty("courses");
            seen.InsertRange(0, connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
            before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ReportsPositionInPageInfoWhenOnAMiddlePage()
    {
        await AddCoursesPricedFromOneToSevenYuanAsync();
        var first = (await Client.QueryAsync(PageQuery, new { first = 2 })).GetProperty("courses");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var middle = (await Client.QueryAsync(PageQuery, new { first = 2, after = cursor })).GetProperty("courses");

        var pageInfo = middle.GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.True(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(["Course at 3 yuan", "Course at 4 yuan"], middle.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task RefusesCursorWhenOrderChanged()
    {
        await AddCoursesPricedFromOneToSevenYuanAsync();
        var page = (await Client.QueryAsync(PageQuery, new { first = 2 })).GetProperty("courses");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await Client.PostGraphQLAsync(
            "query($after: String) { courses(first: 2, after: $after, order: [{ title: ASC }]) { nodes { title } } }", new { after = cursor });

        Assert.Contains("BAD_USER_INPUT", response.ErrorCodes);
    }

    [Fact]
    public async Task ListsBestRatedFirstWhenOrderedByRatingDescending()
    {
        await AddCoursesAsync(
            c => c.Titled("Good").RatedWith(4, 3).Published(),
            c => c.Titled("Best").RatedWith(5).Published(),
            c => c.Titled("Poor").RatedWith(1, 2).Published());

        var data = await Client.QueryAsync("{ courses(order: [{ rating: DESC }]) { nodes { title } } }");

        Assert.Equal(["Best", "Good", "Poor"], data.Titles());
    }

    [Fact]
    public async Task ListsMostPopularFirstWhenOrderedByStudentCountDescending()
    {
        await AddCoursesAsync(
            c => c.Titled("Niche").WithStudents(1).Published(),
            c => c.Titled("Hit").WithStudents(12).Published(),
            c => c.Titled("Known").WithStudents(5).Published());

        var data = await Client.QueryAsync("{ courses(order: [{ studentCount: DESC }]) { nodes { title } } }");

        Assert.Equal(["Hit", "Known", "Niche"], data.Titles());
    }

    [Fact]
    public async Task ListsNewestFirstWhenNoOrderIsGiven()
    {
        await AddCoursesAsync(
            c => c.Titled("Older").Published(Epoch.AddDays(1)),
            c => c.Titled("Newest").Published(Epoch.AddDays(3)),
            c => c.Titled("Middle").Published(Epoch.AddDays(2)));

        var data = await Client.QueryAsync("{ courses { nodes { title } } }");

        Assert.Equal(["Newest", "Middle", "Older"], data.Titles());
    }

    [Fact]
    public async Task ListsOldestFirstWhenOrderedByPublishedAtAscending()
    {
        await AddCoursesAsync(
            c => c.Titled("Older").Published(Epoch.AddDays(1)),
            c => c.Titled("Newest").Published(Epoch.AddDays(3)));

        var data = await Client.QueryAsync("{ courses(order: [{ publishedAt: ASC }]) { nodes { title } } }");

        Assert.Equal(["Older", "Newest"], data.Titles());
    }

    [Fact]
    public async Task ReturnsChaptersLessonsAndTagsWhenCourseDetailIsSelected()
    {
        var creator = ACreator();
        var category = ACategory("职场提升");
        var tag = ATag("Excel");
        await App.AddAsync(
            creator,
            category,
            tag,
            ACourse().By(creator).In(category).TaggedWith(tag).WithLessons(2, LessonKind.Audio).Published().Build());

        var data = await Client.QueryAsync("{ courses { nodes { category { name } tags { name } chapters { lessons { title kind } } } } }");

        var course = Assert.Single(data.Nodes("courses"));
        Assert.Equal("职场提升", course.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("Excel", Assert.Single(course.GetProperty("tags").EnumerateArray()).GetProperty("name").GetString());
        var lessons = Assert.Single(course.GetProperty("chapters").EnumerateArray()).GetProperty("lessons").EnumerateArray().ToList();
        Assert.Equal(["Lesson 1", "Lesson 2"], lessons.Select(l => l.GetProperty("title").GetString()));
        Assert.All(lessons, l => Assert.Equal("AUDIO", l.GetProperty("kind").GetString()));
    }

    private async Task<List<string?>> AddCoursesPricedFromOneToSevenYuanAsync()
    {
        var yuan = Enumerable.Range(1, 7).ToList();
        await AddCoursesAsync([.. yuan.Select<int, Func<CourseBuilder, CourseBuilder>>(
            y => c => c.Titled($"Course at {y} yuan").PricedAt(y * 100).Published())]);
        return [.. yuan.Select(y => (string?)$"Course at {y} yuan")];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CoursesQueryTestsOnSqlite(SqliteApp app) : CoursesQueryTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CoursesQueryTestsOnPostgreSql(PostgreSqlApp app) : CoursesQueryTests(app);
