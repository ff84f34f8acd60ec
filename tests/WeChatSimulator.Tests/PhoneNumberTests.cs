using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class PhoneNumberTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _openId = null!;
    private string _accessToken = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        (_openId, _) = await _sim.CreateUserAsync(new { phone = "13912345678" });
        _accessToken = await _sim.AccessTokenAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ReturnsThePhoneNumberWithAWatermarkOfAppAndSimulatedTime()
    {
        await _sim.AdvanceClockAsync(1000);
        var code = await _sim.MintPhoneCodeAsync(_openId);

        var response = await _sim.PhoneNumberAsync(_accessToken, new { code, openid = _openId });

        Assert.Equal(0, SimulatorHost.ErrCode(response));
        var phone = response.GetProperty("phone_info");
        Assert.Equal("13912345678", phone.GetProperty("phoneNumber").GetString());
        Assert.Equal("13912345678", phone.GetProperty("purePhoneNumber").GetString());
        Assert.Equal("86", phone.GetProperty("countryCode").GetString());
        var watermark = phone.GetProperty("watermark");
        Assert.Equal(SimulatorHost.AppId, watermark.GetProperty("appid").GetString());
        var stampedAt = DateTimeOffset.FromUnixTimeSeconds(watermark.GetProperty("timestamp").GetInt64());
        Assert.InRange(stampedAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(990), TimeSpan.FromSeconds(1010));
    }

    [Fact]
    public async Task FailsWithInvalidCodeWhenCodeIsReused()
    {
        var code = await _sim.MintPhoneCodeAsync(_openId);
        await _sim.PhoneNumberAsync(_accessToken, new { code });

        var second = await _sim.PhoneNumberAsync(_accessToken, new { code });

        Assert.Equal(40029, SimulatorHost.ErrCode(second));
    }

    [Fact]
    public async Task FailsWithInvalidCodeWhenCodeHasExpired()
    {
        var code = await _sim.MintPhoneCodeAsync(_openId);
        await _sim.AdvanceClockAsync(300);

        var response = await _sim.PhoneNumberAsync(_accessToken, new { code });

        Assert.Equal(40029, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task FailsWithInvalidCodeWhenGivenALoginCode()
    {
        var loginCode = await _sim.MintLoginCodeAsync(_openId);

        var response = await _sim.PhoneNumberAsync(_accessToken, new { code = loginCode });

        Assert.Equal(40029, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task FailsWithInvalidOpenIdWhenCodeBelongsToAnotherUserAndKeepsTheCode()
    {
        var (otherOpenId, _) = await _sim.CreateUserAsync();
        var code = await _sim.MintPhoneCodeAsync(_openId);

        var mismatched = await _sim.PhoneNumberAsync(_accessToken, new { code, openid = otherOpenId });
        var owner = await _sim.PhoneNumberAsync(_accessToken, new { code, openid = _openId });

        Assert.Equal(40003, SimulatorHost.ErrCode(mismatched));
        Assert.Equal(0, SimulatorHost.ErrCode(owner));
    }

    [Fact]
    public async Task FailsWithInvalidCredentialWhenAccessTokenIsUnknown()
    {
        var code = await _sim.MintPhoneCodeAsync(_openId);

        var response = await _sim.PhoneNumberAsync("12_not-a-token", new { code });

        Assert.Equal(40001, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task FailsWithMissingAccessTokenWhenNoneIsSent()
    {
        var code = await _sim.MintPhoneCodeAsync(_openId);

        var response = await _sim.PhoneNumberAsync(null, new { code });

        Assert.Equal(41001, SimulatorHost.ErrCode(response));
    }
}
