using System.Net.Http.Json;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// The server's WeChat access token from <c>POST /cgi-bin/stable_token</c> (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html), one per deployment
/// when Redis is configured (<see cref="SharedAccessTokenStore"/>), else one per process; while Redis is down each node
/// keeps its own. It is renewed from <c>obtainedAt + expires_in − 300 s</c> on, one caller at a time: concurrent callers
/// wait for that single upstream call and share its token. Never force-refreshes (that invalidates tokens other servers may hold).
/// </summary>
internal sealed class StableAccessTokenCache(
    IHttpClientFactory clients,
    IOptions<WeChatOptions> options,
    SharedAccessTokenStore shared,
    TimeProvider clock,
    ILogger<StableAccessTokenCache> logger)
    : IDisposable
{
    private const string Api = "getStableAccessToken";

    /// <summary>WeChat renews a stable token 5 minutes before it expires; so do we.</summary>
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile StoredAccessToken? _current;

    /// <summary>
    /// A usable token. Pass the token a business API just rejected (errcode 40001) as <paramref name="rejected"/> to
    /// get a newer one; if another caller already renewed it, that token is returned without a second upstream call.
    /// </summary>
    public async Task<WeChatResponse<string>> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(_current, rejected) is { } token)
        {
            return WeChatResponse<string>.Ok(token);
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_current, rejected) is { } renewedMeanwhile)
            {
                return WeChatResponse<string>.Ok(renewedMeanwhile);
            }

            if (shared.IsReachable)
            {
                try
                {
                    if (await GetSharedAsync(rejected, cancellationToken) is { } sharedToken)
                    {
                        return sharedToken;
                    }
                }
                catch (RedisException exception)
                {
                    logger.LogWarning(exception, "Redis failed while sharing the WeChat access token; this node renews its own.");
                }
            }

            return await RenewAsync(share: false, cancellationToken);
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>
    /// Calls a business API with the current token; when WeChat says the token is stale (40001/42001) the token is
    /// renewed and the call made once more.
    /// </summary>
    public async Task<WeChatResponse<T>> CallAsync<T>(
        Func<string, Task<WeChatResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        var token = await GetAsync(rejected: null, cancellationToken);
        if (token.Value is not { } accessToken)
        {
            return WeChatResponse<T>.Fail(token.Failure!);
        }

        var response = await call(accessToken);
        if (response.Failure is not { } failure || !WeChatHttp.IsStaleAccessToken(failure))
        {
            return response;
        }

        token = await GetAsync(rejected: accessToken, cancellationToken);
        return token.Value is { } renewed ? await call(renewed) : WeChatResponse<T>.Fail(token.Failure!);
    }

    public void Dispose() => _renewal.Dispose();

    private string? Usable(StoredAccessToken? cached, string? rejected) =>
        cached is not null && cached.Token != rejected && clock.GetUtcNow() < cached.RenewAt ? cached.Token : null;

    /// <summary>
    /// The deployment's token from Redis; when it is missing, due or the one just rejected, this node renews it under
    /// the renewal lock, unless the node that held the lock before stored a good one meanwhile. Null when the lock
    /// could not be had in time.
    /// </summary>
    private async Task<WeChatResponse<string>?> GetSharedAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Adopt(await shared.ReadAsync(), rejected) is { } stored)
        {
            return WeChatResponse<string>.Ok(stored);
        }

        return await shared.WithRenewalLockAsync(
            async () => Adopt(await shared.ReadAsync(), rejected) is { } renewedByAnotherNode
                ? WeChatResponse<string>.Ok(renewedByAnotherNode)
                : await RenewAsync(share: true, cancellationToken),
            cancellationToken);
    }

    private string? Adopt(StoredAccessToken? stored, string? rejected)
    {
        if (Usable(stored, rejected) is not { } token)
        {
            return null;
        }

        _current = stored;
        return token;
    }

    private async Task<WeChatResponse<string>> RenewAsync(bool share, CancellationToken cancellationToken)
    {
        var obtainedAt = clock.GetUtcNow();
        var response = await FetchAsync(cancellationToken);
        if (response.Value is not { AccessToken: { Length: > 0 } accessToken, ExpiresIn: > 0 } reply)
        {
            return response.Select(_ => WeChatHttp.Unavailable<string>());
        }

        var renewed = new StoredAccessToken(accessToken, obtainedAt + TimeSpan.FromSeconds(reply.ExpiresIn) - RenewalMargin);
        _current = renewed;
        if (share && renewed.RenewAt - clock.GetUtcNow() is { Ticks: > 0 } lifetime)
        {
            await shared.WriteAsync(renewed, lifetime);
        }

        return WeChatResponse<string>.Ok(accessToken);
    }

    private async Task<WeChatResponse<StableTokenReply>> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "cgi-bin/stable_token")
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["grant_type"] = "client_credential",
                ["appid"] = settings.AppId,
                ["secret"] = settings.AppSecret,
                ["force_refresh"] = false,
            }),
        };
        return await WeChatHttp.SendAsync<StableTokenReply>(
            clients.CreateClient(WeChatHttp.StableTokenClientName), request, Api, logger, cancellationToken);
    }

}
