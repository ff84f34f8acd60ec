using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Scaling;

/// <summary>Two nodes sharing one Redis and one WeChat (node A's simulator) share the server's stable access token.</summary>
public sealed class SharedAccessTokenTests
{
    private const string BindPhoneMutation = """
        mutation($code: String!) { bindPhone(input: { code: $code }) { errors { __typename ... on Error { code } } } }
        """;

    [Fact]
    public async Task FetchesOneTokenWhenBothNodesNeedOneAtOnce()
    {
        var prefix = SharedRedisApp.NewKeyPrefix();
        await using var nodeA = new SharedRedisApp(prefix);
        await nodeA.InitializeAsync();
        await using var nodeB = new SharedRedisApp(prefix, settings: new Dictionary<string, string?>
        {
            ["WeChat:ApiBaseUrl"] = nodeA.WeChat.BaseUrl.AbsoluteUri,
        });
        await nodeB.InitializeAsync();
        var sessions = new[] { (Node: nodeA, Token: await SignInAsync(nodeA, nodeA, "o_on_a")), (Node: nodeB, Token: await SignInAsync(nodeB, nodeA, "o_on_b")) };
        var bindings = new List<(SharedRedisApp Node, string Token, string Code)>();
        foreach (var (node, token) in sessions)
        {
            for (var i = 0; i < 5; i++)
            {
                bindings.Add((node, token, await nodeA.WeChat.PhoneCodeAsync(node == nodeA ? "o_on_a" : "o_on_b")));
            }
        }

        var results = await Task.WhenAll(bindings.Select(binding => Task.Run(async () =>
        {
            using var client = binding.Node.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", binding.Token);
            return await client.QueryAsync(BindPhoneMutation, new { code = binding.Code });
        })));

        Assert.All(results, result => Assert.Empty(result.GetProperty("bindPhone").PayloadErrors()));
        Assert.Equal(1, await nodeA.WeChat.CallsAsync("getStableAccessToken"));
    }

    private static async Task<string> SignInAsync(SharedRedisApp node, SharedRedisApp weChat, string openId)
    {
        var (_, code) = await weChat.WeChat.LoginCodeAsync(openId);
        var login = (await node.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        Assert.Empty(login.PayloadErrors());
        return login.GetProperty("accessToken").GetString()!;
    }
}
