using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>
/// A page with its relations costs a fixed number of SQL statements, however many courses it holds (no N+1), and each
/// request batches through loaders of its own.
/// </summary>
public abstract class QueryCostTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const int MaxStatements = 5;

    private const string PageWithRelations =
        "{ courses(first: 50) { nodes { title price creator { name } category { name } tags { name } } } }";

    [Fact]
    public async Task CostsSameFewStatementsWhenPageGrowsFromTenToFiftyCourses()
    {
        await AddCoursesWithTheirOwnRelationsAsync(10);
        var forTen = await StatementsForPageAsync(expectedCourses: 10);
        await AddCoursesWithTheirOwnRelationsAsync(40);

        var forFifty = await StatementsForPageAsync(expectedCourses: 50);

        Assert.Equal(forTen, forFifty);
        Assert.InRange(forFifty, 1, MaxStatements);
    }

    [Fact]
    public async Task LoadsEachRequestsRelationsInItsOwnBatches()
    {
        await AddCoursesWithTheirOwnRelationsAsync(10);
        var before = await StatementsForPageAsync(expectedCourses: 10);
        await App.ReadAsync(db => db.Creators.ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, "Renamed")));

        var after = await StatementsForPageAsync(expectedCourses: 10);

        Assert.Equal(before, after);
        var creators = (await Client.QueryAsync(PageWithRelations)).Nodes("courses")
            .Select(n => n.GetProperty("creator").GetProperty("name").GetString());
        Assert.All(creators, name => Assert.Equal("Renamed", name));
    }

    private async Task<int> StatementsForPageAsync(int expectedCourses)
    {
        App.SqlCommands.Reset();
        var data = await Client.QueryAsync(PageWithRelations);
        Assert.Equal(expectedCourses, data.Nodes("courses").Count);
        Assert.All(data.Nodes("courses"), n => Assert.Equal(2, n.GetProperty("tags").GetArrayLength()));
        return App.SqlCommands.Count;
    }

    private async Task AddCoursesWithTheirOwnRelationsAsync(int count)
    {
        var entities = new List<object>();
        for (var i = 0; i < count; i++)
        {
            var creator = ACreator();
            var category = ACategory();
            var tags = new[] { ATag(), ATag() };
            entities.AddRange([creator, category, .. tags, ACourse().By(creator).In(category).TaggedWith(tags).Published().Build()]);
        }

        await App.AddAsync([.. entities]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class QueryCostTestsOnSqlite(SqliteApp app) : QueryCostTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class QueryCostTestsOnPostgreSql(PostgreSqlApp app) : QueryCostTests(app);
