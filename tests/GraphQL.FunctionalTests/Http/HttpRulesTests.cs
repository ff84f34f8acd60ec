using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>The GraphQL-over-HTTP rules of the /graphql endpoint (docs/decisions/0001-graphql-net-with-our-own-http-endpoint.md).</summary>
public abstract class HttpRulesTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task AnswersWithGraphQLResponseMediaTypeWhenQueryIsPosted()
    {
        var response = await Client.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLClientExtensions.GraphQLResponseMediaType, response.MediaType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ExecutesNamedOperationWhenOperationNameIsGiven()
    {
        var response = await Client.PostGraphQLAsync("query A { a: __typename } query B { b: __typename }", operationName: "B");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Data.TryGetProperty("b", out _));
        Assert.False(response.Data.TryGetProperty("a", out _));
    }

    [Fact]
    public async Task ReturnsBadRequestWithGraphQLErrorWhenJsonIsMalformed()
    {
        var response = await Client.PostRawAsync("{ \"query\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.Errors);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task ReturnsBadRequestWhenQueryIsMissing()
    {
        var response = await Client.PostRawAsync("{ \"variables\": {} }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task ReturnsUnsupportedMediaTypeWhenBodyIsPlainText()
    {
        var response = await Client.PostRawAsync("{ __typename }", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task ReturnsMethodNotAllowedWhenMethodIsPut()
    {
        var response = await Client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Put, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query = "{ __typename }" }),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task ExecutesQueryWhenSentOverGet()
    {
        var response = await Client.SendGraphQLAsync(Get("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task RefusesMutationWhenSentOverGet()
    {
        var response = await Client.SendGraphQLAsync(Get("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesQueryWithClearErrorWhenNestedTwentyLevelsDeep()
    {
        // course → creator → courses → … : six rounds of three levels, then courses { totalCount } make twenty.
        var query = "{ " + string.Concat(Enumerable.Repeat("courses(first: 1) { nodes { creator { ", 6))
            + "courses(first: 1) { totalCount }" + string.Concat(Enumerable.Repeat(" } } }", 6)) + " }";

        var response = await Client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("MAX_DEPTH_EXCEEDED", response.ErrorCodes);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains("levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReturnsNotSupportedWhenRequestIsABatch()
    {
        var response = await Client.PostRawAsync("[{ \"query\": \"{ __typename }\" }, { \"query\": \"{ __typename }\" }]");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("NOT_SUPPORTED", response.ErrorCodes);
    }

    [Fact]
    public async Task ReturnsBadRequestNamingTheFieldWhenFieldIsUnknown()
    {
        var response = await Client.PostGraphQLAsync("{ courses { nodes { bestSellerRank } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains("bestSellerRank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReturnsOkWithErrorsWhenClientAcceptsOnlyApplicationJson()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query = "{ bestSellerRank }" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await Client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.NotEmpty(response.Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/graphql-response+json;q=0.5, application/json")]
    public async Task AnswersWithApplicationJsonWhenClientDoesNotPreferGraphQLResponse(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query = "{ __typename }" }),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnswersWithGraphQLResponseMediaTypeWhenClientAcceptsBoth()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query = "{ __typename }" }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, application/graphql-response+json, */*");

        using var response = await Client.SendAsync(request);

        Assert.Equal(GraphQLClientExtensions.GraphQLResponseMediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ServesTheIdeWhenBrowserAsksForHtml()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, GraphQLClientExtensions.Endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage Get(string query) =>
        new(HttpMethod.Get, $"{GraphQLClientExtensions.Endpoint}?query={Uri.EscapeDataString(query)}");
}

[Collection(SqliteCollection.Name)]
public sealed class HttpRulesTestsOnSqlite(SqliteApp app) : HttpRulesTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class HttpRulesTestsOnPostgreSql(PostgreSqlApp app) : HttpRulesTests(app);
