using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Certificate mode: downloads the platform certificates every <see cref="WeChatPayOptions.CertificateRefreshInterval"/>.
/// WeChat Pay lists a new certificate before it signs with it, so a regular download knows it in time
/// (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/wechatpay-certificates-rotation.html).
/// </summary>
internal sealed class PlatformCertificateRefresher(
    PlatformVerificationKeys keys, PlatformCertificateDownloader certificates, IOptions<WeChatPayOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!keys.Serials.Any(PlatformVerificationKeys.IsCertificateSerial))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CertificateRefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await certificates.RefreshAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
