using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>Relay global ids: every id a list hands out can be fetched again through <c>node</c> and <c>nodes</c>.</summary>
public abstract class NodeTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task ReturnsTheSameCourseWhenNodeIsAskedForAListedId()
    {
        await AddCoursesAsync(c => c.Titled("Only course").Published());
        var listed = Assert.Single((await Client.QueryAsync("{ courses { nodes { id title } } }")).Nodes("courses"));
        var id = listed.GetProperty("id").GetString();

        var node = (await Client.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on Course { title } } }", new { id }))
            .GetProperty("node");

        Assert.Equal("Course", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal("Only course", node.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ReturnsNodesInRequestedOrderWhenNodesIsAskedForSeveralIds()
    {
        await AddCoursesAsync(c => c.Titled("First").Published(), c => c.Titled("Second").Published());
        var ids = (await Client.QueryAsync("{ courses(order: [{ title: ASC }]) { nodes { id } } }")).Nodes("courses")
            .Select(n => n.GetProperty("id").GetString())
            .Reverse()
            .ToArray();

        var nodes = (await Client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Course { title } } }", new { ids }))
            .GetProperty("nodes").EnumerateArray();

        Assert.Equal(["Second", "First"], nodes.Select(n => n.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ReturnsTheCategoryWhenNodeIsAskedForACategoryId()
    {
        await AddCoursesAsync(c => c.Published());
        var category = Assert.Single((await Client.QueryAsync("{ categories { id name } }")).GetProperty("categories").EnumerateArray());

        var node = (await Client.QueryAsync(
            "query($id: ID!) { node(id: $id) { __typename ... on Category { name } } }", new { id = category.GetProperty("id").GetString() }))
            .GetProperty("node");

        Assert.Equal("Category", node.GetProperty("__typename").GetString());
        Assert.Equal(category.GetProperty("name").GetString(), node.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ReturnsBadUserInputWhenIdIsMalformed()
    {
        var response = await Client.PostGraphQLAsync("{ node(id: \"not-an-id\") { id } }");

        Assert.Contains("BAD_USER_INPUT", response.ErrorCodes);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NodeTestsOnSqlite(SqliteApp app) : NodeTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class NodeTestsOnPostgreSql(PostgreSqlApp app) : NodeTests(app);
