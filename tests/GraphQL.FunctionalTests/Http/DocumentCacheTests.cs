using System.Net;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>
/// A document that passed validation once is served from the cache next time, and the limits that depend on the request
/// still hold for it: the cost (its variables change it), the output budget the cost grants, GET's queries-only rule.
/// </summary>
public abstract class DocumentCacheTests(KnowledgePayApp app) : FunctionalTest(app)
{
    // A course's outline costs about 550: a page of 1 passes, a page of 50 costs far more than 10,000.
    private const string OutlinePage = """
        query OutlinePage($first: Int!) {
          courses(first: $first) { nodes { id chapters { title lessons { id title kind durationSeconds } } } }
        }
        """;

    [Fact]
    public async Task RefusesACachedDocumentWhenItsVariablesMakeItCostTooMuch()
    {
        await AddCoursesAsync(c => c.WithLessons(3).Published());
        var cheap = await Client.PostGraphQLAsync(OutlinePage, new { first = 1 });
        Assert.Empty(cheap.Errors);

        var dear = await Client.PostGraphQLAsync(OutlinePage, new { first = 50 });

        Assert.Equal(HttpStatusCode.BadRequest, dear.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], dear.ErrorCodes);
    }

    [Fact]
    public async Task StopsTheResultOfACachedDocumentWhenItOutgrowsTenTimesItsCost()
    {
        await AddCoursesAsync(c => c.WithLessons(100).Published());
        const string Lessons = "{ courses(first: 1) { nodes { lessons { id title kind durationSeconds isFreePreview position locked a: title b: title c: title } } } }";

        var first = await Client.PostGraphQLAsync(Lessons);
        var cached = await Client.PostGraphQLAsync(Lessons);

        Assert.Equal(["MAX_OUTPUT_EXCEEDED"], first.ErrorCodes);
        Assert.Equal(["MAX_OUTPUT_EXCEEDED"], cached.ErrorCodes);
    }

    [Fact]
    public async Task RefusesADocumentTooDeepEveryTimeItIsSent()
    {
        var deep = "{ courses { nodes { " + string.Concat(Enumerable.Repeat("similarCourses(first: 1) { course { ", 8)) + "id"
            + string.Concat(Enumerable.Repeat(" } }", 8)) + " } } }";

        var first = await Client.PostGraphQLAsync(deep);
        var again = await Client.PostGraphQLAsync(deep);

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], first.ErrorCodes);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], again.ErrorCodes);
    }

    [Fact]
    public async Task RefusesOverGetAMutationCachedFromAPost()
    {
        const string Mutation = "mutation Renew($token: String!) { refreshToken(input: { refreshToken: $token }) { accessToken } }";
        await Client.PostGraphQLAsync(Mutation, new { token = "not-a-token" });

        var overGet = await Client.SendGraphQLAsync(new HttpRequestMessage(
            HttpMethod.Get,
            $"{GraphQLClientExtensions.Endpoint}?query={Uri.EscapeDataString(Mutation)}&variables={Uri.EscapeDataString("{\"token\":\"x\"}")}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], overGet.ErrorCodes);
    }

    [Fact]
    public async Task AnswersTheSameWhenTheDocumentComesFromTheCache()
    {
        await AddCoursesAsync(c => c.WithLessons(2).Published());

        var first = await Client.QueryAsync(OutlinePage, new { first = 5 });
        var cached = await Client.QueryAsync(OutlinePage, new { first = 5 });

        Assert.Equal(first.GetRawText(), cached.GetRawText());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentCacheTestsOnSqlite(SqliteApp app) : DocumentCacheTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class DocumentCacheTestsOnPostgreSql(PostgreSqlApp app) : DocumentCacheTests(app);
