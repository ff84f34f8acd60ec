using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Infrastructure.WeChat.Pay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>Certificate mode: WeChat Pay rotates to a platform certificate we have not seen (https://pay.weixin.qq.com/docs/merchant/apis/platform-certificate/api-v3-get-certificates/get.html).</summary>
public sealed class PlatformCertificateRefreshTests : IDisposable
{
    private const string OutTradeNo = "KP20260101000000001";

    private readonly RSA _rotatedKey = RSA.Create(2048);
    private readonly X509Certificate2 _rotatedCertificate;
    private readonly string _rotatedSerial;
    private readonly FakeWeChatPayServer _server = new();
    private readonly ServiceProvider _services;

    public PlatformCertificateRefreshTests()
    {
        var request = new CertificateRequest("CN=Test WeChat Pay platform", _rotatedKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _rotatedCertificate = request.CreateSelfSigned(TestKeys.Now.AddDays(-1), TestKeys.Now.AddYears(5));
        _rotatedSerial = _rotatedCertificate.SerialNumber.TrimStart('0');
        _server.AddPlatformKey(_rotatedSerial, _rotatedKey);
        _server.SigningSerial = _rotatedSerial;
        _services = WeChatPayServices.Build(_server, WeChatPayServices.CertificateModeSettings());
    }

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();

    public void Dispose()
    {
        _services.Dispose();
        _rotatedCertificate.Dispose();
        _rotatedKey.Dispose();
    }

    [Fact]
    public async Task RequestsNameThePlatformCertificateInCertificateMode()
    {
        _server.SigningSerial = null;
        _server.Then(new FakeAnswer(204, string.Empty));

        await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(TestKeys.PlatformCertificateSerial, Assert.Single(_server.Requests).Headers[WeChatPaySignatureHeaders.SerialHeader]);
    }

    [Fact]
    public async Task AnUnknownCertificateSerialIsDownloadedOnceThenTrusted()
    {
        _server.Certificates = CertificatesAnswer(_rotatedCertificate.ExportCertificatePem(), TestKeys.ApiV3Key);
        _server.Then(new FakeAnswer(204, string.Empty), new FakeAnswer(204, string.Empty));

        var first = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);
        var second = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.NotNull(first.Value);
        Assert.NotNull(second.Value);
        Assert.Equal(
            ["POST /wechat-sim/v3/pay/transactions/out-trade-no/KP20260101000000001/close", "GET /wechat-sim/v3/certificates",
             "POST /wechat-sim/v3/pay/transactions/out-trade-no/KP20260101000000001/close"],
            _server.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
    }

    [Fact]
    public async Task CallsThatMeetTheNewSerialTogetherShareOneDownload()
    {
        _server.Certificates = CertificatesAnswer(_rotatedCertificate.ExportCertificatePem(), TestKeys.ApiV3Key);
        _server.Otherwise = new FakeAnswer(204, string.Empty);
        _server.Latency = TimeSpan.FromMilliseconds(50);

        var results = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None)));

        Assert.All(results, result => Assert.NotNull(result.Value));
        Assert.Single(_server.Requests, r => r.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CertificatesEncryptedWithAnotherApiV3KeyAreNotTrusted()
    {
        _server.Certificates = CertificatesAnswer(_rotatedCertificate.ExportCertificatePem(), "AnotherApiV3Key0123456789abcdef!");
        _server.Then(new FakeAnswer(204, string.Empty));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
        Assert.Single(_server.Requests, r => r.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADownloadWithoutTheCertificateThatSignedItIsNotTrusted()
    {
        _server.Certificates = CertificatesAnswer(TestKeys.Pem(TestKeys.PlatformCertificateFile), TestKeys.ApiV3Key);
        _server.Then(new FakeAnswer(204, string.Empty));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
        Assert.Single(_server.Requests, r => r.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownSerialsDownloadTheCertificatesAtMostOncePerInterval()
    {
        var settings = WeChatPayServices.CertificateModeSettings();
        settings["WeChatPay:UnknownSerialRefreshInterval"] = "00:01:00";
        using var services = WeChatPayServices.Build(_server, settings);
        var gateway = services.GetRequiredService<IPaymentGateway>();
        var clock = (FixedClock)services.GetRequiredService<TimeProvider>();
        _server.Otherwise = new FakeAnswer(204, string.Empty);

        var refused = new List<PaymentResult<Closed>>();
        for (var call = 0; call < 3; call++)
        {
            refused.Add(await gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        var downloadsWithinTheInterval = CertificateDownloads();
        clock.Advance(TimeSpan.FromSeconds(31));
        _server.Certificates = CertificatesAnswer(_rotatedCertificate.ExportCertificatePem(), TestKeys.ApiV3Key);
        var accepted = await gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.All(refused, result => Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind));
        Assert.Equal(1, downloadsWithinTheInterval);
        Assert.NotNull(accepted.Value);
        Assert.Equal(2, CertificateDownloads());
    }

    [Fact]
    public async Task TheCertificatesAreDownloadedOnASchedule()
    {
        var settings = WeChatPayServices.CertificateModeSettings();
        settings["WeChatPay:CertificateRefreshInterval"] = "00:00:01";
        using var services = WeChatPayServices.Build(_server, settings);
        _server.Certificates = CertificatesAnswer(_rotatedCertificate.ExportCertificatePem(), TestKeys.ApiV3Key);
        var keys = services.GetRequiredService<PlatformVerificationKeys>();
        var refresher = services.GetServices<IHostedService>().Single();

        await refresher.StartAsync(CancellationToken.None);
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(10);
        while (!keys.TryGet(_rotatedSerial, out _) && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(50);
        }

        await refresher.StopAsync(CancellationToken.None);
        Assert.True(keys.TryGet(_rotatedSerial, out _));
        Assert.DoesNotContain(_server.Requests, r => !r.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal));
    }

    private int CertificateDownloads() =>
        _server.Requests.Count(r => r.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal));

    private FakeAnswer CertificatesAnswer(string certificatePem, string apiV3Key)
    {
        var resource = PlatformSigner.EncryptedResource(certificatePem, "certificate", apiV3Key);
        return new FakeAnswer(200, $$"""
            {"data":[{"serial_no":"{{_rotatedSerial}}","effective_time":"2025-12-31T08:00:00+08:00",
              "expire_time":"2030-12-31T08:00:00+08:00","encrypt_certificate":{{resource}} }]}
            """);
    }
}
