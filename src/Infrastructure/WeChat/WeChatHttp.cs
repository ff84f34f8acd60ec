using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// Sends one request to the WeChat API and classifies the answer. WeChat reports errors as HTTP 200 with an errcode;
/// anything that is not such an answer (network failure, timeout, open circuit, other status, unreadable body) counts as
/// unavailable.
/// Logs name the API and errcode only: URLs carry the AppSecret or the access token.
/// </summary>
internal static partial class WeChatHttp
{
    /// <summary>For calls that spend a one-time code: timed and circuit-broken, never repeated.</summary>
    public const string ClientName = "WeChat";

    /// <summary>For <c>stable_token</c>, safe to repeat without force_refresh.</summary>
    public const string StableTokenClientName = "WeChat.StableToken";

    /// <summary>Invalid or expired access token (40001; 42001 on older APIs): refresh it and retry once.</summary>
    public static bool IsStaleAccessToken(WeChatFailure failure) => failure.ErrCode is 40001 or 42001;

    /// <summary>POSTs <paramref name="body"/> as JSON to a business API at <paramref name="path"/> with the access token.</summary>
    public static async Task<WeChatResponse<TReply>> PostJsonAsync<TReply>(
        HttpClient client, string path, string accessToken, object body, string api, ILogger logger, CancellationToken cancellationToken)
        where TReply : WeChatReply
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}?access_token={Uri.EscapeDataString(accessToken)}")
        {
            Content = JsonContent.Create(body, body.GetType()),
        };
        return await SendAsync<TReply>(client, request, api, logger, cancellationToken);
    }

    public static async Task<WeChatResponse<TReply>> SendAsync<TReply>(
        HttpClient client, HttpRequestMessage request, string api, ILogger logger, CancellationToken cancellationToken)
        where TReply : WeChatReply
    {
        TReply? reply;
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogUnavailable(logger, api, $"HTTP {(int)response.StatusCode}");
                return Unavailable<TReply>();
            }

            // WeChat labels some JSON answers text/plain, so the body is parsed whatever its content type.
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            reply = await JsonSerializer.DeserializeAsync<TReply>(body, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException || WeChatResilience.IsRejection(exception))
        {
            LogUnavailable(logger, api, exception.GetType().Name);
            return Unavailable<TReply>();
        }

        return Answer(reply, api, logger);
    }

    /// <summary>
    /// For APIs that answer a file on success and a JSON errcode on failure (getwxacodeunlimit): an <c>image/*</c> body
    /// is the answer, anything else is read as an error.
    /// </summary>
    public static async Task<WeChatResponse<WeChatImage>> SendForImageAsync(
        HttpClient client, HttpRequestMessage request, string api, ILogger logger, CancellationToken cancellationToken)
    {
        ErrorReply? reply;
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogUnavailable(logger, api, $"HTTP {(int)response.StatusCode}");
                return Unavailable<WeChatImage>();
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.Content.Headers.ContentType?.MediaType is { } mediaType
                && mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                && body.Length > 0)
            {
                return WeChatResponse<WeChatImage>.Ok(new WeChatImage(mediaType, body));
            }

            reply = JsonSerializer.Deserialize<ErrorReply>(body);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException || WeChatResilience.IsRejection(exception))
        {
            LogUnavailable(logger, api, exception.GetType().Name);
            return Unavailable<WeChatImage>();
        }

        return Answer(reply, api, logger).Select(_ =>
        {
            LogUnavailable(logger, api, "no image");
            return Unavailable<WeChatImage>();
        });
    }

    public static WeChatResponse<T> Unavailable<T>()
        where T : class =>
        WeChatResponse<T>.Fail(new WeChatFailure(WeChatFailureKind.Unavailable, 0));

    public static WeChatResponse<TOut> Select<TIn, TOut>(this WeChatResponse<TIn> response, Func<TIn, WeChatResponse<TOut>> next)
        where TIn : class
        where TOut : class =>
        response.Value is { } value ? next(value) : WeChatResponse<TOut>.Fail(response.Failure!);

    private static WeChatResponse<TReply> Answer<TReply>(TReply? reply, string api, ILogger logger)
        where TReply : WeChatReply
    {
        if (reply is null)
        {
            LogUnavailable(logger, api, "empty body");
            return Unavailable<TReply>();
        }

        if (reply.ErrCode == 0)
        {
            return WeChatResponse<TReply>.Ok(reply);
        }

        LogFailed(logger, api, reply.ErrCode);
        return WeChatResponse<TReply>.Fail(new WeChatFailure(Classify(reply.ErrCode), reply.ErrCode));
    }

    private static WeChatFailureKind Classify(int errCode) => errCode switch
    {
        40029 => WeChatFailureKind.InvalidCode,
        45011 => WeChatFailureKind.RateLimited,
        40226 => WeChatFailureKind.Blocked,
        -1 => WeChatFailureKind.Unavailable,
        _ => WeChatFailureKind.Rejected,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat {Api} failed with errcode {ErrCode}")]
    private static partial void LogFailed(ILogger logger, string api, int errCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat {Api} gave no usable answer ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string api, string reason);
}

/// <summary>A file WeChat answered with, as its content type named it.</summary>
internal sealed record WeChatImage(string ContentType, byte[] Content);

/// <summary>The errcode of an API whose success is not JSON.</summary>
internal sealed record ErrorReply : WeChatReply;
