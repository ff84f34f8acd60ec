using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

/// <summary>
/// <c>POST /wxa/msg_sec_check</c> v2 (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html)
/// and its control endpoints <c>POST /__sim/content-security/rules</c> and <c>GET /__sim/content-security/checks</c>.
/// </summary>
public sealed class MsgSecCheckTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _accessToken = null!;
    private string _openId = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        _accessToken = await _sim.AccessTokenAsync();
        (_openId, _) = await _sim.CreateUserAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [InlineData("这节课讲得很好", "pass", 100)]
    [InlineData("资料请加微信", "review", 10001)]
    [InlineData("私聊领资料", "review", 10001)]
    [InlineData("一起赌博", "risky", 20006)]
    [InlineData("代开发票", "risky", 20008)]
    public async Task JudgesTheBuiltInPhrasesAndPassesEverythingElse(string content, string suggest, int label)
    {
        var response = await CheckAsync(V2(content));

        Assert.Equal(0, SimulatorHost.ErrCode(response));
        Assert.Equal(suggest, response.GetProperty("result").GetProperty("suggest").GetString());
        Assert.Equal(label, response.GetProperty("result").GetProperty("label").GetInt32());
        Assert.Equal(suggest, Assert.Single(response.GetProperty("detail").EnumerateArray()).GetProperty("suggest").GetString());
        Assert.False(string.IsNullOrEmpty(response.GetProperty("trace_id").GetString()));
    }

    [Fact]
    public async Task ARuleAddedThroughTheControlEndpointWinsOverTheBuiltInOnes()
    {
        await _sim.PostControlAsync("__sim/content-security/rules", new { phrase = "加微信", suggest = "pass" });
        await _sim.PostControlAsync("__sim/content-security/rules", new { phrase = "课程烂", suggest = "risky", label = 20003 });

        var relaxed = await CheckAsync(V2("加微信聊"));
        var added = await CheckAsync(V2("这个课程烂透了"));

        Assert.Equal("pass", relaxed.GetProperty("result").GetProperty("suggest").GetString());
        Assert.Equal("risky", added.GetProperty("result").GetProperty("suggest").GetString());
        Assert.Equal(20003, added.GetProperty("result").GetProperty("label").GetInt32());
    }

    [Fact]
    public async Task LogsEveryCheckWithItsOpenIdSceneAndVerdict()
    {
        await CheckAsync(V2("昵称", scene: 1));
        await CheckAsync(V2("赌博", scene: 2));

        var checks = (await _sim.GetControlAsync("__sim/content-security/checks")).EnumerateArray().ToList();

        Assert.Equal([1, 2], checks.Select(c => c.GetProperty("scene").GetInt32()));
        Assert.All(checks, c => Assert.Equal(_openId, c.GetProperty("openId").GetString()));
        Assert.Equal(["pass", "risky"], checks.Select(c => c.GetProperty("suggest").GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public async Task RefusesAVersionOneBodyAndTooLongContentAsMalformed()
    {
        var v1 = await CheckAsync(new { content = "hello" });
        var tooLong = await CheckAsync(V2(new string('长', 2501)));
        var badScene = await CheckAsync(V2("hello", scene: 5));
        var longest = await CheckAsync(V2(new string('长', 2500)));

        Assert.Equal(47001, SimulatorHost.ErrCode(v1));
        Assert.Equal(47001, SimulatorHost.ErrCode(tooLong));
        Assert.Equal(47001, SimulatorHost.ErrCode(badScene));
        Assert.Equal(0, SimulatorHost.ErrCode(longest));
    }

    [Fact]
    public async Task RefusesAnOpenIdItDoesNotKnow()
    {
        var response = await CheckAsync(V2("hello", openId: "o_nobody"));

        Assert.Equal(40003, SimulatorHost.ErrCode(response));
        Assert.Empty((await _sim.GetControlAsync("__sim/content-security/checks")).EnumerateArray());
    }

    [Fact]
    public async Task RefusesACallWithoutAnAccessToken()
    {
        var response = await _sim.PostWeChatAsync("wxa/msg_sec_check", JsonContent.Create(V2("hello")));

        Assert.Equal(41001, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task AnswersAnArmedFaultOnceThenJudgesAgain()
    {
        await _sim.ArmFaultAsync("msgSecCheck", -1);

        var busy = await CheckAsync(V2("hello"));
        var recovered = await CheckAsync(V2("hello"));

        Assert.Equal(-1, SimulatorHost.ErrCode(busy));
        Assert.Equal(0, SimulatorHost.ErrCode(recovered));
        Assert.Equal("pass", recovered.GetProperty("result").GetProperty("suggest").GetString());
    }

    private object V2(string content, int scene = 2, string? openId = null) =>
        new { content, version = 2, scene, openid = openId ?? _openId };

    private Task<JsonElement> CheckAsync(object body) =>
        _sim.PostWeChatAsync($"wxa/msg_sec_check?access_token={_accessToken}", JsonContent.Create(body));
}
