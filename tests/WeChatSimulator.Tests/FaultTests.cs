using System.Net;
using System.Net.Http.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class FaultTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [InlineData(40029)]
    [InlineData(45011)]
    [InlineData(40226)]
    [InlineData(-1)]
    public async Task Code2SessionAnswersAnArmedFaultForItsCountThenServesTheUntouchedCode(int errcode)
    {
        var (openId, code) = await _sim.CreateUserAsync();
        await _sim.ArmFaultAsync("code2Session", errcode, count: 2);

        var first = await _sim.Code2SessionAsync(code);
        var second = await _sim.Code2SessionAsync(code);
        var third = await _sim.Code2SessionAsync(code);

        Assert.Equal(errcode, SimulatorHost.ErrCode(first));
        Assert.Equal(errcode, SimulatorHost.ErrCode(second));
        Assert.Equal(0, SimulatorHost.ErrCode(third));
        Assert.Equal(openId, third.GetProperty("openid").GetString());
    }

    [Fact]
    public async Task StableTokenAnswersSystemBusyWhenArmed()
    {
        await _sim.ArmFaultAsync("getStableAccessToken", -1);

        var busy = await _sim.StableTokenAsync();
        var recovered = await _sim.StableTokenAsync();

        Assert.Equal(-1, SimulatorHost.ErrCode(busy));
        Assert.Equal(0, SimulatorHost.ErrCode(recovered));
    }

    [Fact]
    public async Task InvalidCredentialFaultOnABusinessApiMakesTheNextNormalTokenCallReturnANewToken()
    {
        var (openId, _) = await _sim.CreateUserAsync();
        var stale = await _sim.AccessTokenAsync();
        await _sim.ArmFaultAsync("getPhoneNumber", 40001);

        var rejected = await _sim.PhoneNumberAsync(stale, new { code = await _sim.MintPhoneCodeAsync(openId) });
        var refreshed = await _sim.AccessTokenAsync();
        var retried = await _sim.PhoneNumberAsync(refreshed, new { code = await _sim.MintPhoneCodeAsync(openId) });
        var staleAgain = await _sim.PhoneNumberAsync(stale, new { code = await _sim.MintPhoneCodeAsync(openId) });

        Assert.Equal(40001, SimulatorHost.ErrCode(rejected));
        Assert.NotEqual(stale, refreshed);
        Assert.Equal(0, SimulatorHost.ErrCode(retried));
        Assert.Equal(40001, SimulatorHost.ErrCode(staleAgain));
    }

    [Theory]
    [InlineData("getStableAccessToken", 40029)]
    [InlineData("code2Session", 40001)]
    [InlineData("noSuchApi", -1)]
    public async Task RefusesAFaultTheApiCannotProduce(string api, int errcode)
    {
        using var response = await _sim.Client.PostAsJsonAsync("__sim/faults", new { api, errcode });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
