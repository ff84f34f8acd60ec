using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class Code2SessionTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ReturnsOpenIdAndSessionKeyWhenCodeIsValid()
    {
        var (openId, code) = await _sim.CreateUserAsync(new { openid = "alice" });

        var session = await _sim.Code2SessionAsync(code);

        Assert.False(session.TryGetProperty("errcode", out _));
        Assert.Equal(openId, session.GetProperty("openid").GetString());
        Assert.Equal(16, Convert.FromBase64String(session.GetProperty("session_key").GetString()!).Length);
        Assert.False(session.TryGetProperty("unionid", out _));
    }

    [Fact]
    public async Task ReturnsUnionIdWhenAppIsBoundToOpenPlatform()
    {
        await using var bound = await SimulatorHost.StartAsync("BoundToOpenPlatform", "true");
        var (_, code) = await bound.CreateUserAsync(new { unionid = "union-alice" });

        var session = await bound.Code2SessionAsync(code);

        Assert.Equal("union-alice", session.GetProperty("unionid").GetString());
    }

    [Theory]
    [InlineData("wx0000000000000000", SimulatorHost.AppSecret, 40013)]
    [InlineData("", SimulatorHost.AppSecret, 41002)]
    [InlineData(SimulatorHost.AppId, "ffffffffffffffffffffffffffffffff", 40125)]
    [InlineData(SimulatorHost.AppId, "", 41004)]
    public async Task FailsWhenAppCredentialsAreWrong(string appId, string secret, int expectedErrCode)
    {
        var (_, code) = await _sim.CreateUserAsync();

        var session = await _sim.Code2SessionAsync(code, appId, secret);

        Assert.Equal(expectedErrCode, SimulatorHost.ErrCode(session));
        Assert.Contains(" rid: ", session.GetProperty("errmsg").GetString());
    }

    [Fact]
    public async Task FailsWithMissingCodeWhenCodeIsAbsent()
    {
        var session = await _sim.Code2SessionAsync(null);

        Assert.Equal(41008, SimulatorHost.ErrCode(session));
    }

    [Fact]
    public async Task FailsWithInvalidCodeWhenCodeIsUnknown()
    {
        var session = await _sim.Code2SessionAsync("081abcDEFghiJKLmnoPQRstuVWXyz012");

        Assert.Equal(40029, SimulatorHost.ErrCode(session));
    }

    [Fact]
    public async Task FailsWithInvalidCodeWhenCodeIsReused()
    {
        var (_, code) = await _sim.CreateUserAsync();
        await _sim.LoginAsync(code);

        var second = await _sim.Code2SessionAsync(code);

        Assert.Equal(40029, SimulatorHost.ErrCode(second));
    }

    [Theory]
    [InlineData(299, 0)]
    [InlineData(300, 40029)]
    public async Task CodeExpiresFiveMinutesAfterItWasMinted(int secondsLater, int expectedErrCode)
    {
        var (_, code) = await _sim.CreateUserAsync();
        await _sim.AdvanceClockAsync(secondsLater);

        var session = await _sim.Code2SessionAsync(code);

        Assert.Equal(expectedErrCode, SimulatorHost.ErrCode(session));
    }

    [Fact]
    public async Task FailsWithRiskyUserWhenUserIsBlocked()
    {
        var (_, code) = await _sim.CreateUserAsync(new { risky = true });

        var session = await _sim.Code2SessionAsync(code);

        Assert.Equal(40226, SimulatorHost.ErrCode(session));
    }

    [Fact]
    public async Task RateLimitsAUserAfterHundredCallsInAMinuteWithoutUsingUpTheCode()
    {
        var (openId, firstCode) = await _sim.CreateUserAsync();
        var codes = new List<string> { firstCode };
        for (var i = 0; i < 100; i++)
        {
            codes.Add(await _sim.MintLoginCodeAsync(openId));
        }
        foreach (var code in codes.Take(100))
        {
            await _sim.LoginAsync(code);
        }

        var limited = await _sim.Code2SessionAsync(codes[100]);
        await _sim.AdvanceClockAsync(60);
        var afterAMinute = await _sim.Code2SessionAsync(codes[100]);

        Assert.Equal(45011, SimulatorHost.ErrCode(limited));
        Assert.Equal(0, SimulatorHost.ErrCode(afterAMinute));
    }

    [Fact]
    public async Task RateLimitCountsEachUserSeparately()
    {
        var (busyUser, busyCode) = await _sim.CreateUserAsync();
        await _sim.LoginAsync(busyCode);
        for (var i = 0; i < 99; i++)
        {
            await _sim.LoginAsync(await _sim.MintLoginCodeAsync(busyUser));
        }
        var (_, otherCode) = await _sim.CreateUserAsync();

        var other = await _sim.Code2SessionAsync(otherCode);

        Assert.Equal(0, SimulatorHost.ErrCode(other));
    }

    [Fact]
    public async Task RotatesSessionKeyWithEveryLoginByDefault()
    {
        var (openId, code) = await _sim.CreateUserAsync();
        var first = await _sim.LoginAsync(code);

        var second = await _sim.LoginAsync(await _sim.MintLoginCodeAsync(openId));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task KeepsSessionKeyWhenRotationIsOff()
    {
        await using var sim = await SimulatorHost.StartAsync("RotateSessionKeyOnLogin", "false");
        var (openId, code) = await sim.CreateUserAsync();
        var first = await sim.LoginAsync(code);

        var second = await sim.LoginAsync(await sim.MintLoginCodeAsync(openId));

        Assert.Equal(first, second);
    }
}
