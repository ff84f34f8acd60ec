using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Sends one API v3 call: serializes and signs the body once; the HttpClient's resilience pipeline repeats it unchanged
/// after a 5xx, a timeout or a dropped connection (<see cref="WeChatResilience"/>). A 2xx is trusted only when its
/// signature verifies (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/introduction.html); an unverified 2xx is an unknown outcome, never success or failure: probes
/// hit API responses too. Logs name the API, status and code only.
/// </summary>
internal sealed partial class WeChatPayApiClient(
    IHttpClientFactory clients,
    MerchantKeyMaterial merchant,
    WeChatPaySigner signer,
    RefreshingSignatureVerifier verifier,
    ILogger<WeChatPayApiClient> logger)
{
    /// <returns>The verified body of a 2xx answer (empty for 204), or why there is none.</returns>
    public async Task<PaymentResult<byte[]>> SendAsync(
        HttpMethod method, string path, object? body, string api, CancellationToken cancellationToken)
    {
        var json = body is null ? string.Empty : JsonSerializer.Serialize(body, WeChatPayJson.Options);
        var result = await SendOnceAsync(method, path, json, cancellationToken);
        if (result.Failure is { } failure)
        {
            LogFailed(logger, api, failure.Kind, failure.Code);
        }

        return result;
    }

    private async Task<PaymentResult<byte[]>> SendOnceAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(WeChatPayRegistration.HttpClientName);
        using var request = WeChatPayRequests.Create(client, signer, merchant.PlatformKeys.RequestSerial, method, path, json);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                var error = WeChatPayJson.TryRead<ErrorReply>(body);
                return Unknown(error?.Code ?? $"HTTP_{status}", error?.Message ?? "WeChat Pay is unavailable.");
            }

            return await ClassifyAsync(response, status, body, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return Unknown(WeChatPayFailures.ConnectionFailed, "The connection to WeChat Pay failed.");
        }
        catch (TimeoutRejectedException)
        {
            return Unknown(WeChatPayFailures.Timeout, "WeChat Pay did not answer in time.");
        }
        catch (BrokenCircuitException)
        {
            return Unknown(WeChatPayFailures.CircuitOpen, "WeChat Pay failed too often just now; it was not asked.");
        }
    }

    private async Task<PaymentResult<byte[]>> ClassifyAsync(
        HttpResponseMessage response, int status, byte[] body, CancellationToken cancellationToken)
    {
        var headers = WeChatPayRequests.SignatureHeaders(response);
        var isSuccess = status is >= 200 and < 300;
        var isSigned = headers.Signature is not null;

        // Refusals of requests WeChat could not authenticate come unsigned; a signed one must still verify.
        if (isSuccess || isSigned)
        {
            var verification = await verifier.VerifyAsync(headers, body, cancellationToken);
            if (verification != SignatureVerification.Valid)
            {
                return Unknown($"RESPONSE_SIGNATURE_{verification}".ToUpperInvariant(), "The answer's signature did not verify.");
            }
        }

        if (isSuccess && status != 202)
        {
            return PaymentResult<byte[]>.Ok(body);
        }

        var error = WeChatPayJson.TryRead<ErrorReply>(body);
        return PaymentResult<byte[]>.Fail(WeChatPayFailures.Refusal(status, error?.Code, error?.Message));
    }

    private static PaymentResult<byte[]> Unknown(string code, string message) =>
        PaymentResult<byte[]>.Fail(WeChatPayFailures.Unknown(code, message));

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat Pay {Api} failed: {Kind} {Code}")]
    private static partial void LogFailed(ILogger logger, string api, PaymentFailureKind kind, string code);
}
