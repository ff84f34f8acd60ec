using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

/// <summary>
/// <c>POST /cgi-bin/message/subscribe/send</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html)
/// with its control endpoints: <c>/__sim/subscriptions</c> (the user answering wx.requestSubscribeMessage),
/// <c>/__sim/subscription-templates</c> and <c>/__sim/subscription-messages</c>.
/// </summary>
public sealed class SubscribeMessageSendTests : IAsyncLifetime
{
    private const string TemplateId = "simTestTemplate000000000000000000000000000";

    private SimulatorHost _sim = null!;
    private string _accessToken = null!;
    private string _openId = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        _accessToken = await _sim.AccessTokenAsync();
        (_openId, _) = await _sim.CreateUserAsync();
        await _sim.PostControlAsync("__sim/subscription-templates", new { templateId = TemplateId, keys = new[] { "thing1", "amount2", "time3", "phrase4" } });
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task SpendsOneAcceptedSubscriptionPerMessageThenAnswers43101()
    {
        var answer = await AcceptAsync();

        var sent = await SendAsync(Message());
        var again = await SendAsync(Message());

        Assert.Equal("accept", answer.GetProperty(TemplateId).GetString());
        Assert.Equal(0, SimulatorHost.ErrCode(sent));
        Assert.True(sent.GetProperty("msgid").GetInt64() > 0);
        Assert.Equal(43101, SimulatorHost.ErrCode(again));
        var delivered = Assert.Single((await _sim.GetControlAsync("__sim/subscription-messages")).EnumerateArray());
        Assert.Equal(_openId, delivered.GetProperty("toUser").GetString());
        Assert.Equal("Go 入门", delivered.GetProperty("data").GetProperty("thing1").GetString());
        Assert.Equal("pages/index/index?id=1", delivered.GetProperty("page").GetString());
        Assert.Equal(0, (await SubscriptionAsync()).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task AnswersAsManyMessagesAsTheUserAccepted()
    {
        await AcceptAsync();
        await AcceptAsync();

        var first = await SendAsync(Message());
        var second = await SendAsync(Message());
        var third = await SendAsync(Message());

        Assert.Equal([0, 0, 43101], new[] { first, second, third }.Select(SimulatorHost.ErrCode));
    }

    [Fact]
    public async Task ABanStopsMessagesUntilTheUserAcceptsAgain()
    {
        await AcceptAsync();
        await _sim.PostControlAsync("__sim/subscriptions", new { openid = _openId, templateIds = new[] { TemplateId }, status = "ban" });

        var banned = await SendAsync(Message());
        await AcceptAsync();
        var accepted = await SendAsync(Message());

        Assert.Equal(43101, SimulatorHost.ErrCode(banned));
        Assert.Equal(0, SimulatorHost.ErrCode(accepted));
    }

    [Theory]
    [InlineData("thing1", "一二三四五六七八九十一二三四五六七八九十一")]
    [InlineData("amount2", "12.5块")]
    [InlineData("time3", "明天下午")]
    [InlineData("phrase4", "已经支付成功")]
    [InlineData("phrase4", "")]
    public async Task Answers47003NamingTheFieldWhoseValueBreaksItsTypesRule(string key, string value)
    {
        await AcceptAsync();

        var response = await SendAsync(Message(new Dictionary<string, string> { [key] = value }));

        Assert.Equal(47003, SimulatorHost.ErrCode(response));
        Assert.Contains($"data.{key}.value", response.GetProperty("errmsg").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await SubscriptionAsync()).GetProperty("remaining").GetInt32());
        Assert.Empty((await _sim.GetControlAsync("__sim/subscription-messages")).EnumerateArray());
    }

    [Fact]
    public async Task TakesTheLongestValuesEachTypeAllows()
    {
        await AcceptAsync();

        var response = await SendAsync(Message(new Dictionary<string, string>
        {
            ["thing1"] = "一二三四五六七八九十一二三四五六七八九十",
            ["amount2"] = "¥1234567890.00",
            ["time3"] = "2026年12月2日 16:43",
            ["phrase4"] = "支付成功",
        }));

        Assert.Equal(0, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RefusesAnUnknownTemplateOpenIdOrPage()
    {
        await AcceptAsync();

        var template = await SendAsync(Message() with { template_id = "unknown" });
        var openId = await SendAsync(Message() with { touser = "o_nobody" });
        var page = await SendAsync(Message() with { page = "pages/nowhere/index" });

        Assert.Equal(40037, SimulatorHost.ErrCode(template));
        Assert.Equal(40003, SimulatorHost.ErrCode(openId));
        Assert.Equal(41030, SimulatorHost.ErrCode(page));
        Assert.Equal(1, (await SubscriptionAsync()).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task KnowsTheTemplatesOfItsOptionsWithoutRegistration()
    {
        await _sim.PostControlAsync("__sim/subscriptions", new { openid = _openId, templateIds = new[] { "kpSimCampaignOfferxxxxxxxxxxxxxxxxxxxxxxxxx" } });

        var response = await SendAsync(new Send(_openId, "kpSimCampaignOfferxxxxxxxxxxxxxxxxxxxxxxxxx", null,
            new Dictionary<string, object> { ["thing1"] = new { value = "新课上线" }, ["thing2"] = new { value = "限时八折" } }));

        Assert.Equal(0, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RefusesACallWithoutAnAccessTokenAndAnswersAnArmedFaultOnce()
    {
        await AcceptAsync();

        var noToken = await _sim.PostWeChatAsync("cgi-bin/message/subscribe/send", JsonContent.Create(Message()));
        await _sim.ArmFaultAsync("sendMessage", -1);
        var busy = await SendAsync(Message());
        var recovered = await SendAsync(Message());

        Assert.Equal(41001, SimulatorHost.ErrCode(noToken));
        Assert.Equal(-1, SimulatorHost.ErrCode(busy));
        Assert.Equal(0, SimulatorHost.ErrCode(recovered));
    }

    [Fact]
    public async Task ConcurrentSendsSpendOneSubscriptionOnce()
    {
        await AcceptAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(Message())));

        Assert.Single(responses, r => SimulatorHost.ErrCode(r) == 0);
        Assert.Equal(7, responses.Count(r => SimulatorHost.ErrCode(r) == 43101));
    }

    private Task<JsonElement> AcceptAsync() =>
        _sim.PostControlAsync("__sim/subscriptions", new { openid = _openId, templateIds = new[] { TemplateId }, status = "accept" });

    private async Task<JsonElement> SubscriptionAsync() =>
        Assert.Single((await _sim.GetControlAsync($"__sim/subscriptions?openid={_openId}")).EnumerateArray());

    private Send Message(Dictionary<string, string>? overrides = null)
    {
        var values = new Dictionary<string, string>
        {
            ["thing1"] = "Go 入门",
            ["amount2"] = "¥12.50",
            ["time3"] = "2026年12月2日 16:43",
            ["phrase4"] = "支付成功",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            values[key] = value;
        }

        return new Send(_openId, TemplateId, "pages/index/index?id=1", values.ToDictionary(v => v.Key, v => (object)new { value = v.Value }));
    }

    private Task<JsonElement> SendAsync(Send body) =>
        _sim.PostWeChatAsync($"cgi-bin/message/subscribe/send?access_token={_accessToken}", JsonContent.Create(body));

#pragma warning disable IDE1006, SA1300 // The wire's snake_case names.
    private sealed record Send(string touser, string template_id, string? page, Dictionary<string, object> data);
#pragma warning restore IDE1006, SA1300
}
