using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// <c>GET /v3/certificates</c> in certificate mode (https://pay.weixin.qq.com/docs/merchant/apis/platform-certificate/api-v3-get-certificates/get.html). Each certificate is encrypted with our APIv3 key,
/// which proves it came from WeChat Pay; the answer itself must verify with one of the certificates it delivers.
/// Downloads for unknown serials are rate-limited (<see cref="WeChatPayOptions.UnknownSerialRefreshInterval"/>): anyone
/// can send a notification naming a made-up serial, and each must not cost a call to WeChat Pay.
/// </summary>
internal sealed partial class PlatformCertificateDownloader(
    IHttpClientFactory clients,
    MerchantKeyMaterial merchant,
    WeChatPaySigner signer,
    AeadAes256GcmDecryptor decryptor,
    IOptions<WeChatPayOptions> options,
    TimeProvider clock,
    ILogger<PlatformCertificateDownloader> logger) : IDisposable
{
    private const string AssociatedData = "certificate";

    private readonly SemaphoreSlim _download = new(1, 1);
    private DateTimeOffset? _lastUnknownSerialDownload;

    /// <summary>
    /// Makes <paramref name="serial"/> known by adding the platform certificates WeChat Pay currently uses; false when
    /// none could be trusted, or when an unknown serial already caused a download within the rate limit. Callers that
    /// meet the same new serial at once share one download.
    /// </summary>
    public async Task<bool> RefreshAsync(string serial, CancellationToken cancellationToken)
    {
        await _download.WaitAsync(cancellationToken);
        try
        {
            if (merchant.PlatformKeys.TryGet(serial, out _))
            {
                return true;
            }

            var now = clock.GetUtcNow();
            if (now < _lastUnknownSerialDownload + options.Value.UnknownSerialRefreshInterval)
            {
                LogRateLimited(logger);
                return false;
            }

            _lastUnknownSerialDownload = now;
            return await DownloadAndAddAsync(cancellationToken) && merchant.PlatformKeys.TryGet(serial, out _);
        }
        finally
        {
            _download.Release();
        }
    }

    /// <summary>The scheduled refresh: adds the certificates WeChat Pay announced, so a rotation is known before it signs.</summary>
    public async Task<bool> RefreshAllAsync(CancellationToken cancellationToken)
    {
        await _download.WaitAsync(cancellationToken);
        try
        {
            return await DownloadAndAddAsync(cancellationToken);
        }
        finally
        {
            _download.Release();
        }
    }

    public void Dispose() => _download.Dispose();

    private async Task<bool> DownloadAndAddAsync(CancellationToken cancellationToken)
    {
        var downloaded = await DownloadAsync(cancellationToken);
        if (downloaded is null)
        {
            LogRefreshFailed(logger);
            return false;
        }

        merchant.PlatformKeys.Add(downloaded);
        LogRefreshed(logger, downloaded.Serials.Count);
        return true;
    }

    private async Task<PlatformVerificationKeys?> DownloadAsync(CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(WeChatPayRegistration.HttpClientName);
        using var request = WeChatPayRequests.Create(
            client, signer, merchant.PlatformKeys.RequestSerial, HttpMethod.Get, "v3/certificates", string.Empty);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode
                || WeChatPayJson.TryRead<CertificatesReply>(body)?.Data is not { Count: > 0 } entries
                || Decrypt(entries) is not { } downloaded)
            {
                return null;
            }

            var verification = new WeChatPaySignatureVerifier(downloaded, clock)
                .Verify(WeChatPayRequests.SignatureHeaders(response), body);
            return verification == SignatureVerification.Valid ? downloaded : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or CryptographicException
            || WeChatResilience.IsRejection(exception))
        {
            return null;
        }
    }

    private PlatformVerificationKeys? Decrypt(IEnumerable<CertificateEntry> entries)
    {
        var certificates = new List<X509Certificate2>();
        foreach (var entry in entries)
        {
            if (entry.EncryptCertificate is not { AssociatedData: AssociatedData } resource
                || decryptor.Decrypt(resource) is not { Succeeded: true } decryption)
            {
                return null;
            }

            certificates.Add(X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(decryption.Plaintext)));
        }

        return PlatformVerificationKeys.FromCertificates(certificates);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat Pay platform certificates refreshed ({Count} in the answer)")]
    private static partial void LogRefreshed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat Pay platform certificates could not be refreshed")]
    private static partial void LogRefreshFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Security: unknown WeChat Pay serial; certificates were downloaded too recently to ask again")]
    private static partial void LogRateLimited(ILogger logger);
}
