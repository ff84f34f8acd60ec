using System.Net;
using System.Net.Http.Headers;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Scaling;

/// <summary>
/// The callers' allowances over HTTP, on two nodes sharing one Redis (and a node whose Redis is down). Each test has its
/// own key prefix, so nothing it spends is seen by another.
/// </summary>
public sealed class SharedRateLimitTests
{
    /// <summary>Costs 1: the cheapest operation there is.</summary>
    private const string CheapQuery = "{ __typename }";

    /// <summary>Eight pages of 50 courses: a few hundred points.</summary>
    private static readonly string ExpensiveQuery =
        "{ " + string.Concat(Enumerable.Range(0, 8).Select(i => $"p{i}: courses(first: 50) {{ nodes {{ id }} }} ")) + "}";

    [Fact]
    public async Task RefusesOnTheSecondNodeWhatTheFirstUsedUpFromOneAddress()
    {
        var prefix = SharedRedisApp.NewKeyPrefix();
        var limits = Limits(("OperationPointsPerAddress", 1_000));
        await using var nodeA = await StartAsync(new SharedRedisApp(prefix, settings: limits));
        await using var nodeB = await StartAsync(new SharedRedisApp(prefix, settings: limits));

        var refusedOnA = await SpendUntilRefusedAsync(nodeA.Client);
        var onB = await nodeB.Client.PostGraphQLAsync(ExpensiveQuery);

        Assert.True(refusedOnA > 1, "A few expensive pages fit into the allowance before it is spent.");
        Assert.Equal(HttpStatusCode.TooManyRequests, onB.Status);
        Assert.Equal(["RATE_LIMITED"], onB.ErrorCodes);
        Assert.True(onB.Errors[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32() >= 1);
    }

    [Fact]
    public async Task WeighsOperationsByTheirCostSoCheapOnesStillPassWhenExpensiveOnesAreRefused()
    {
        await using var node = await StartAsync(new SharedRedisApp(SharedRedisApp.NewKeyPrefix(), settings: Limits(("OperationPointsPerAddress", 1_000))));

        await SpendUntilRefusedAsync(node.Client);
        var cheap = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => node.Client.PostGraphQLAsync(CheapQuery)));

        Assert.All(cheap, response => Assert.Equal(HttpStatusCode.OK, response.Status));
    }

    [Fact]
    public async Task CountsASignedInUserOnEveryNodeButLeavesOthersAtTheSameAddressAlone()
    {
        var prefix = SharedRedisApp.NewKeyPrefix();
        var limits = Limits(("OperationPointsPerUser", 1_000));
        // One database and one set of server keys, so node B accepts the access token node A issued.
        var deployment = Directory.CreateTempSubdirectory("knowledgepay-deployment-");
        await using var nodeA = await StartAsync(new SharedRedisApp(prefix, deployment.FullName, settings: limits));
        await using var nodeB = await StartAsync(new SharedRedisApp(prefix, deployment.FullName, settings: limits));
        var token = await SignInAsync(nodeA, "o_heavy_user");

        await SpendUntilRefusedAsync(nodeA.Client, token);
        var userOnB = await SendAsync(nodeB.Client, ExpensiveQuery, token);
        var anonymousOnB = await nodeB.Client.PostGraphQLAsync(ExpensiveQuery);

        Assert.Equal(["RATE_LIMITED"], userOnB.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, anonymousOnB.Status);
    }

    [Fact]
    public async Task RefusesLoginsOnTheSecondNodeOnceTheFirstTookTheAddressesAttempts()
    {
        var prefix = SharedRedisApp.NewKeyPrefix();
        await using var nodeA = await StartAsync(new SharedRedisApp(prefix));
        await using var nodeB = await StartAsync(new SharedRedisApp(prefix));

        for (var attempt = 0; attempt < 30; attempt++)
        {
            var guess = (await nodeA.Client.QueryAsync(FunctionalTest.LoginMutation, new { code = $"guess-{attempt}" })).GetProperty("login");
            Assert.NotEqual(("LoginRateLimitedError", "LOGIN_RATE_LIMITED"), Assert.Single(guess.PayloadErrors()));
        }

        var (_, code) = await nodeB.WeChat.LoginCodeAsync("o_late");
        var onB = (await nodeB.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");

        Assert.Equal([("LoginRateLimitedError", "LOGIN_RATE_LIMITED")], onB.PayloadErrors());
    }

    [Fact]
    public async Task KeepsAnsweringWithoutServerErrorsWhenRedisIsDown()
    {
        // Nothing listens on port 1: the node counts its limits alone, as each limiter's WhenRedisDown says.
        await using var node = await StartAsync(new SharedRedisApp(
            SharedRedisApp.NewKeyPrefix(), redis: "127.0.0.1:1,connectTimeout=200", settings: Limits(("OperationPointsPerAddress", 1_000))));
        var (_, code) = await node.WeChat.LoginCodeAsync("o_during_outage");

        var queries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => node.Client.PostGraphQLAsync(CheapQuery)));
        var login = (await node.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        var refusedAfter = await SpendUntilRefusedAsync(node.Client);

        Assert.All(queries, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.Empty(login.PayloadErrors());
        Assert.True(refusedAfter > 1, "The node's own limit still refuses, with a 429 and not a server error.");
    }

    private static Dictionary<string, string?> Limits(params (string Limit, int Burst)[] limits)
    {
        var settings = new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" };
        foreach (var (limit, burst) in limits)
        {
            settings[$"RateLimiting:{limit}:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[$"RateLimiting:{limit}:PerSecond"] = "1";
        }

        return settings;
    }

    private static async Task<SharedRedisApp> StartAsync(SharedRedisApp app)
    {
        await app.InitializeAsync();
        return app;
    }

    /// <summary>Sends the expensive query until it is refused (429, RATE_LIMITED); returns how many were sent.</summary>
    private static async Task<int> SpendUntilRefusedAsync(HttpClient client, string? token = null)
    {
        for (var sent = 1; sent <= 50; sent++)
        {
            var response = await SendAsync(client, ExpensiveQuery, token);
            if (response.Status == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
                return sent;
            }

            Assert.Equal(HttpStatusCode.OK, response.Status);
        }

        throw new Xunit.Sdk.XunitException("The allowance was never spent.");
    }

    private static Task<GraphQLResponse> SendAsync(HttpClient client, string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.SendGraphQLAsync(request);
    }

    private static async Task<string> SignInAsync(SharedRedisApp node, string openId)
    {
        var (_, code) = await node.WeChat.LoginCodeAsync(openId);
        var login = (await node.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        return login.GetProperty("accessToken").GetString()!;
    }
}
