using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Parallelism = 32;

    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ParallelLoginsCreateOneUserEach()
    {
        var logins = await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(async _ =>
        {
            var (openId, code) = await _sim.CreateUserAsync();
            var session = await _sim.Code2SessionAsync(code);
            return (openId, session);
        }));

        Assert.All(logins, login => Assert.Equal(login.openId, login.session.GetProperty("openid").GetString()));
        Assert.Equal(Parallelism, logins.Select(login => login.openId).Distinct().Count());
    }

    [Fact]
    public async Task ParallelRegistrationsOfOneNamedUserKeepOneUser()
    {
        var registrations = await Task.WhenAll(Enumerable.Range(0, Parallelism)
            .Select(_ => _sim.CreateUserAsync(new { openid = "carol" })));

        var sessionKeys = await Task.WhenAll(registrations.Select(registration => _sim.LoginAsync(registration.LoginCode)));

        Assert.All(registrations, registration => Assert.Equal("carol", registration.OpenId));
        Assert.Equal(Parallelism, registrations.Select(registration => registration.LoginCode).Distinct().Count());
        Assert.All(sessionKeys, key => Assert.Equal(16, Convert.FromBase64String(key).Length));
    }

    [Fact]
    public async Task ConcurrentRedemptionsOfOneCodeSucceedExactlyOnce()
    {
        var (_, code) = await _sim.CreateUserAsync();

        var sessions = await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => _sim.Code2SessionAsync(code)));

        var errCodes = sessions.Select(SimulatorHost.ErrCode).ToList();
        Assert.Equal(1, errCodes.Count(errCode => errCode == 0));
        Assert.Equal(Parallelism - 1, errCodes.Count(errCode => errCode == 40029));
    }

    [Fact]
    public async Task ConcurrentStableTokenCallsShareOneToken()
    {
        var tokens = await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => _sim.AccessTokenAsync()));

        Assert.Single(tokens.Distinct());
        var calls = await _sim.GetControlAsync("__sim/calls");
        Assert.Equal(Parallelism, calls.GetProperty("getStableAccessToken").GetInt32());
    }
}
