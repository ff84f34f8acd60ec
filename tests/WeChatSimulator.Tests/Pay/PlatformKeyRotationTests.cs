using System.Net;
using System.Net.Http.Json;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class PlatformKeyRotationTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync(keys: TestPayKeys.CertificateMode);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ANewCertificateIsListedAtOnceButSignsOnlyAfterThePreannouncement()
    {
        var rotated = await _sim.Host.PostControlAsync("__sim/platform-keys/rotate", new { preannounceHours = 1 });
        var newSerial = rotated.GetProperty("serial").GetString()!;

        var listed = await _sim.Pay.GetAsync("v3/certificates");
        var beforeEffective = await _sim.QueryAsync("NOPE123456");
        var verifiedBeforeEffective = _sim.Merchant.Verify(beforeEffective.Headers, beforeEffective.Body);
        await _sim.AdvanceClockAsync(3601);
        var afterEffective = await _sim.QueryAsync("NOPE123456");

        Assert.Contains(newSerial, listed.Json.GetProperty("data").EnumerateArray()
            .Select(certificate => certificate.GetProperty("serial_no").GetString()));
        Assert.Equal(SignatureVerification.Valid, verifiedBeforeEffective);
        Assert.Equal(newSerial, afterEffective.Headers["Wechatpay-Serial"]);
        Assert.Equal(SignatureVerification.UnknownSerial, _sim.Merchant.Verify(afterEffective.Headers, afterEffective.Body));
    }

    [Fact]
    public async Task RotationIsRefusedInPublicKeyMode()
    {
        await using var publicKeyMode = await PaySimulator.StartAsync();

        using var response = await publicKeyMode.Host.Client.PostAsJsonAsync("__sim/platform-keys/rotate", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
