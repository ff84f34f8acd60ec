using System.Net;
using System.Net.Http.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class ControlTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task CountsTheCallsEachWeChatApiReceived()
    {
        var (_, code) = await _sim.CreateUserAsync();
        await _sim.Code2SessionAsync(code);
        await _sim.Code2SessionAsync(code);
        await _sim.StableTokenAsync();

        var calls = await _sim.GetControlAsync("__sim/calls");

        Assert.Equal(2, calls.GetProperty("code2Session").GetInt32());
        Assert.Equal(1, calls.GetProperty("getStableAccessToken").GetInt32());
        Assert.False(calls.TryGetProperty("getPhoneNumber", out _));
    }

    [Fact]
    public async Task ResetForgetsUsersCodesTokensFaultsCallsAndClock()
    {
        var (openId, code) = await _sim.CreateUserAsync();
        var token = await _sim.AccessTokenAsync();
        await _sim.ArmFaultAsync("getStableAccessToken", -1);
        await _sim.AdvanceClockAsync(100);

        using var reset = await _sim.Client.PostAsync("__sim/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var user = await _sim.Client.GetAsync($"__sim/users/{openId}");
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
        Assert.Equal(40029, SimulatorHost.ErrCode(await _sim.Code2SessionAsync(code)));
        Assert.NotEqual(token, await _sim.AccessTokenAsync());
        Assert.Equal(0, (await _sim.GetControlAsync("__sim/clock")).GetProperty("offsetSeconds").GetDouble());
        var calls = await _sim.GetControlAsync("__sim/calls");
        Assert.Equal(1, calls.GetProperty("code2Session").GetInt32());
    }

    [Fact]
    public async Task SetsAndAdvancesTheSimulatedClock()
    {
        await _sim.PostControlAsync("__sim/clock", new { offsetSeconds = 3600 });

        var clock = await _sim.PostControlAsync("__sim/clock", new { advance = 60 });

        Assert.Equal(3660, clock.GetProperty("offsetSeconds").GetDouble());
        var now = clock.GetProperty("now").GetDateTimeOffset();
        Assert.InRange(now - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(3650), TimeSpan.FromSeconds(3670));
    }

    [Fact]
    public async Task RefusesAClockChangeWithBothOffsetAndAdvance()
    {
        using var response = await _sim.Client.PostAsJsonAsync("__sim/clock", new { offsetSeconds = 1, advance = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RegisteringANamedUserAgainKeepsItAndMintsAFreshLoginCode()
    {
        var (_, firstCode) = await _sim.CreateUserAsync(new { openid = "bob", phone = "13700000001" });

        var (openId, secondCode) = await _sim.CreateUserAsync(new { openid = "bob" });

        Assert.Equal("bob", openId);
        Assert.NotEqual(firstCode, secondCode);
        var user = await _sim.GetControlAsync("__sim/users/bob");
        Assert.Equal("13700000001", user.GetProperty("phone").GetString());
        Assert.Equal("bob", (await _sim.Code2SessionAsync(secondCode)).GetProperty("openid").GetString());
    }

    [Fact]
    public async Task GeneratesAnOpenIdShapedLikeWeChatsWhenNoneIsGiven()
    {
        var (openId, _) = await _sim.CreateUserAsync();

        Assert.Matches("^o[A-Za-z0-9_-]{27}$", openId);
    }

    [Theory]
    [InlineData("""{"openid":"has space"}""")]
    [InlineData("""{"phone":"+86 138"}""")]
    [InlineData("""{"openid":""")]
    public async Task RefusesAMalformedUser(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _sim.Client.PostAsync("__sim/users", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("login-code")]
    [InlineData("phone-code")]
    public async Task AnswersNotFoundForCodesOfAnUnknownUser(string kind)
    {
        using var response = await _sim.Client.PostAsync($"__sim/users/nobody/{kind}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
