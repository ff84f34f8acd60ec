using System.Net.Http.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class StableTokenTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _openId = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        (_openId, _) = await _sim.CreateUserAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task IssuesTokenValidForTwoHours()
    {
        var token = await _sim.StableTokenAsync();

        Assert.Equal(7200, token.GetProperty("expires_in").GetInt32());
        Assert.True(token.GetProperty("access_token").GetString()!.Length > 100);
        Assert.False(token.TryGetProperty("errcode", out _));
    }

    [Fact]
    public async Task ReturnsTheSameTokenWhileMoreThanFiveMinutesAreLeft()
    {
        var first = await _sim.StableTokenAsync();
        await _sim.AdvanceClockAsync(6899);

        var later = await _sim.StableTokenAsync();

        Assert.Equal(first.GetProperty("access_token").GetString(), later.GetProperty("access_token").GetString());
        Assert.Equal(301, later.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task RenewsFiveMinutesBeforeExpiryWhileTheOldTokenStaysValidUntilItExpires()
    {
        var old = await _sim.AccessTokenAsync();
        await _sim.AdvanceClockAsync(6900);

        var renewed = await _sim.StableTokenAsync();
        var oldAcceptedDuringOverlap = await IsAcceptedAsync(old);
        await _sim.AdvanceClockAsync(300);

        Assert.NotEqual(old, renewed.GetProperty("access_token").GetString());
        Assert.Equal(7200, renewed.GetProperty("expires_in").GetInt32());
        Assert.True(oldAcceptedDuringOverlap);
        Assert.False(await IsAcceptedAsync(old));
        Assert.True(await IsAcceptedAsync(renewed.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task ForceRefreshIssuesANewTokenAndInvalidatesTheOldOne()
    {
        var old = await _sim.AccessTokenAsync();

        var forced = await _sim.StableTokenAsync(forceRefresh: true);

        var fresh = forced.GetProperty("access_token").GetString()!;
        Assert.NotEqual(old, fresh);
        Assert.False(await IsAcceptedAsync(old));
        Assert.True(await IsAcceptedAsync(fresh));
        Assert.Equal(fresh, await _sim.AccessTokenAsync());
    }

    [Fact]
    public async Task ForceRefreshFailsWhenRepeatedWithinThirtySeconds()
    {
        await _sim.StableTokenAsync(forceRefresh: true);
        await _sim.AdvanceClockAsync(29);

        var tooSoon = await _sim.StableTokenAsync(forceRefresh: true);
        await _sim.AdvanceClockAsync(1);
        var spaced = await _sim.StableTokenAsync(forceRefresh: true);

        Assert.Equal(45011, SimulatorHost.ErrCode(tooSoon));
        Assert.Equal(0, SimulatorHost.ErrCode(spaced));
    }

    [Fact]
    public async Task ForceRefreshFailsAfterTwentyInOneBeijingDay()
    {
        await SetClockToBeijingNoonAsync();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(0, SimulatorHost.ErrCode(await _sim.StableTokenAsync(forceRefresh: true)));
            await _sim.AdvanceClockAsync(31);
        }

        var twentyFirst = await _sim.StableTokenAsync(forceRefresh: true);
        await _sim.AdvanceClockAsync(TimeSpan.FromHours(12).TotalSeconds);
        var nextDay = await _sim.StableTokenAsync(forceRefresh: true);

        Assert.Equal(45009, SimulatorHost.ErrCode(twentyFirst));
        Assert.Equal(0, SimulatorHost.ErrCode(nextDay));
    }

    [Fact]
    public async Task RejectsABodyThatIsNotJson()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credential",
            ["appid"] = SimulatorHost.AppId,
            ["secret"] = SimulatorHost.AppSecret,
        });

        var token = await _sim.PostWeChatAsync("cgi-bin/stable_token", form);

        Assert.Equal(47001, SimulatorHost.ErrCode(token));
    }

    [Theory]
    [InlineData("authorization_code", SimulatorHost.AppId, SimulatorHost.AppSecret, 40002)]
    [InlineData("client_credential", "wx0000000000000000", SimulatorHost.AppSecret, 40013)]
    [InlineData("client_credential", SimulatorHost.AppId, "ffffffffffffffffffffffffffffffff", 40125)]
    public async Task RejectsWrongGrantOrCredentials(string grantType, string appId, string secret, int expectedErrCode)
    {
        var body = JsonContent.Create(new { grant_type = grantType, appid = appId, secret });

        var token = await _sim.PostWeChatAsync("cgi-bin/stable_token", body);

        Assert.Equal(expectedErrCode, SimulatorHost.ErrCode(token));
    }

    private async Task<bool> IsAcceptedAsync(string accessToken)
    {
        var phone = await _sim.PhoneNumberAsync(accessToken, new { code = await _sim.MintPhoneCodeAsync(_openId) });
        return SimulatorHost.ErrCode(phone) == 0;
    }

    private async Task SetClockToBeijingNoonAsync()
    {
        var beijingNow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var nextNoon = new DateTimeOffset(beijingNow.Date.AddDays(1).AddHours(12), TimeSpan.FromHours(8));
        await _sim.PostControlAsync("__sim/clock", new { offsetSeconds = (nextNoon - DateTimeOffset.UtcNow).TotalSeconds });
    }
}
