using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>
/// Requests an attacker sends to make the server work or answer far more than they cost: each is refused with a typed
/// error and a small answer, while what IDEs and screens send still works.
/// </summary>
public abstract class AbuseLimitsTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const int SmallAnswer = 4_000;

    /// <summary>The introspection query Banana Cake Pop sends once its feature probes found what GraphQL.NET supports.</summary>
    private const string IdeIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
        }
        """;

    private const string RecommendationsPage = "query($after: String) { recommendations(first: 5, after: $after) { nodes { score } } }";

    [Fact]
    public async Task RefusesWithSmallAnswerWhenSchemaIsIntrospectedFourHundredTimesUnderAliases()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }}"));

        var response = await Client.PostGraphQLAsync($"{{ {aliases} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
        Assert.InRange(response.Body.GetRawText().Length, 1, SmallAnswer);
    }

    [Fact]
    public async Task RefusesWhenTheIdeIntrospectionIsAskedTwiceInOneDocument()
    {
        var twice = IdeIntrospection.Replace("  __schema {", "  again: __schema { types { ...FullType } }\n  __schema {", StringComparison.Ordinal);

        var response = await Client.PostGraphQLAsync(twice);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnswersTheWholeSchemaWhenTheIdeIntrospects()
    {
        var data = await Client.QueryAsync(IdeIntrospection);

        var types = data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Contains("Course", types);
    }

    [Fact]
    public async Task StopsTheResultWhenItOutgrowsTenTimesItsCost()
    {
        await AddCoursesAsync(c => c.WithLessons(100).Published());

        // Cost 103 (a list without first counts as a page of 10), so at most 1,030 values; 100 lessons give 1,104.
        var response = await Client.PostGraphQLAsync(
            "{ courses(first: 1) { nodes { lessons { id title kind durationSeconds isFreePreview position locked a: title b: title c: title } } } }");

        Assert.Equal(["MAX_OUTPUT_EXCEEDED"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        Assert.InRange(response.Body.GetRawText().Length, 1, SmallAnswer);
    }

    [Fact]
    public async Task RefusesFilterWhenItNestsSixtyAndsDeep()
    {
        var response = await Client.PostGraphQLAsync(CoursesWhere(NestedAnds(60)));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(FiltersPastTheLimits))]
    public async Task RefusesFilterWhenItExceedsTheLimits(string where)
    {
        var response = await Client.PostGraphQLAsync(CoursesWhere(where));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal("where", response.Errors[0].GetProperty("extensions").GetProperty("fields")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task RefusesFilterWhenItsVariableHoldsOneOperandPastTheLimit()
    {
        var where = new { or = Enumerable.Range(0, FilterLimits.MaxOperands + 1).Select(i => new { title = new { eq = $"t{i}" } }) };

        var response = await Client.PostGraphQLAsync(
            "query($where: CourseFilterInput) { courses(where: $where) { nodes { title } } }", new { where });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task FiltersWhenTheFilterIsAsDeepAndWideAsAllowed()
    {
        await AddCoursesAsync(c => c.Titled("t3").Published(), c => c.Titled("other").Published());
        var deepest = NestedAnds(FilterLimits.MaxDepth - 1, AnyOfTitles(FilterLimits.MaxOperands));

        var data = await Client.QueryAsync(CoursesWhere(deepest));

        Assert.Equal(["t3"], data.Titles());
    }

    [Theory]
    [MemberData(nameof(ForgedRecommendationCursors))]
    public async Task RefusesForgedRecommendationsCursor(string after)
    {
        var response = await Client.PostGraphQLAsync(RecommendationsPage, new { after });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesForgedCursorWhenSentOverGet()
    {
        var query = Uri.EscapeDataString("{ courses(after: \"%%%\") { nodes { title } } }");

        var response = await Client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, $"{GraphQLClientExtensions.Endpoint}?query={query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(ForgedConnectionCursors))]
    public async Task RefusesForgedConnectionCursor(string query, string cursor)
    {
        var response = await Client.PostGraphQLAsync(query, new { cursor });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    public static TheoryData<string> FiltersPastTheLimits() =>
    [
        NestedAnds(FilterLimits.MaxDepth + 1),
        AnyOfTitles(1_000),
        AnyOfTitles(FilterLimits.MaxOperands + 1),
        NestedAnds(2, $"{{ and: [{AnyOfTitles(FilterLimits.MaxOperands)}, {AnyOfTitles(FilterLimits.MaxOperands)}, {AnyOfTitles(FilterLimits.MaxOperands)}] }}"),
    ];

    public static TheoryData<string> ForgedRecommendationCursors() =>
    [
        Forge(new { O = "recommendations", K = new[] { int.MaxValue } }),
        Forge(new { O = "recommendations", K = new[] { 99_999_999_999L } }),
        Forge(new { O = "recommendations", K = new[] { -5 } }),
        Forge(new { O = "recommendations" }),
        Forge(new { K = new[] { 5 } }),
        Forge(new { O = "recommendations", K = new object?[] { null } }),
        Forge(new { O = "recommendations", K = new object[] { new { a = 1 } } }),
        "not base64 at all!",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("not json")),
    ];

    public static TheoryData<string, string> ForgedConnectionCursors()
    {
        var data = new TheoryData<string, string>();
        string[] queries =
        [
            "query($cursor: String) { courses(after: $cursor) { nodes { title } } }",
            "query($cursor: String) { courses(last: 2, before: $cursor) { nodes { title } } }",
            "query($cursor: String) { myCourses(after: $cursor) { nodes { grantedAt } } }",
        ];
        foreach (var query in queries)
        {
            data.Add(query, Forge(new { O = "id" }));
            data.Add(query, Forge(new { O = "id", K = Enumerable.Range(0, 100).ToArray() }));
            data.Add(query, Forge(new { O = "id", K = new object[] { new[] { 1, 2 } } }));
            data.Add(query, "%%%");
        }

        return data;
    }

    private static string Forge(object cursor) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(cursor)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string CoursesWhere(string where) => $"{{ courses(where: {where}) {{ nodes {{ title }} }} }}";

    private static string NestedAnds(int depth, string innermost = "{ title: { eq: \"t3\" } }")
    {
        var filter = innermost;
        for (var i = 0; i < depth; i++)
        {
            filter = $"{{ and: [{filter}] }}";
        }

        return filter;
    }

    private static string AnyOfTitles(int count) =>
        $"{{ or: [{string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ title: {{ eq: \"t{i}\" }} }}"))}] }}";
}

[Collection(SqliteCollection.Name)]
public sealed class AbuseLimitsTestsOnSqlite(SqliteApp app) : AbuseLimitsTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AbuseLimitsTestsOnPostgreSql(PostgreSqlApp app) : AbuseLimitsTests(app);
