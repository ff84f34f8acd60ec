using System.Security.Cryptography;
using System.Text;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class CheckSessionTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _openId = null!;
    private string _sessionKey = null!;
    private string _accessToken = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        string code;
        (_openId, code) = await _sim.CreateUserAsync();
        _sessionKey = await _sim.LoginAsync(code);
        _accessToken = await _sim.AccessTokenAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task AcceptsTheSignatureOfTheCurrentSessionKey()
    {
        var response = await _sim.CheckSessionAsync(_accessToken, _openId, SignEmptyMessage(_sessionKey));

        Assert.Equal(0, SimulatorHost.ErrCode(response));
        Assert.Equal("ok", response.GetProperty("errmsg").GetString());
    }

    [Fact]
    public async Task RejectsTheSignatureOfASessionKeyReplacedByANewLogin()
    {
        await _sim.MintLoginCodeAsync(_openId);

        var response = await _sim.CheckSessionAsync(_accessToken, _openId, SignEmptyMessage(_sessionKey));

        Assert.Equal(87009, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RejectsASignatureKeyedByTheDecodedSessionKey()
    {
        var decodedKeySignature = Convert.ToHexStringLower(
            HMACSHA256.HashData(Convert.FromBase64String(_sessionKey), ReadOnlySpan<byte>.Empty));

        var response = await _sim.CheckSessionAsync(_accessToken, _openId, decodedKeySignature);

        Assert.Equal(87009, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RejectsAnUnknownOpenId()
    {
        var response = await _sim.CheckSessionAsync(_accessToken, "nobody", SignEmptyMessage(_sessionKey));

        Assert.Equal(40003, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RejectsAnUnknownAccessToken()
    {
        var response = await _sim.CheckSessionAsync("12_not-a-token", _openId, SignEmptyMessage(_sessionKey));

        Assert.Equal(40001, SimulatorHost.ErrCode(response));
    }

    private static string SignEmptyMessage(string sessionKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(sessionKey), ReadOnlySpan<byte>.Empty));
}
