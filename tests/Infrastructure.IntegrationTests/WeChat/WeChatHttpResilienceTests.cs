using System.Collections.Concurrent;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.IntegrationTests.WeChat;

/// <summary>
/// The WeChat HttpClients' resilience pipeline against a local stub that answers 503 or hangs: calls that spend a
/// one-time code are never repeated, stable_token is, and each attempt is timed.
/// </summary>
public sealed class WeChatHttpResilienceTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentQueue<int> _stableTokenStatuses = new();
    private WebApplication _stub = null!;
    private ProductHost _product = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _stub = builder.Build();
        _stub.MapGet("/sns/jscode2session", () => Count("code2Session", Results.StatusCode(503)));
        _stub.MapPost("/cgi-bin/stable_token", () => Count("stable_token", _stableTokenStatuses.TryDequeue(out var status)
            ? Results.StatusCode(status)
            : Results.Json(new { access_token = "stub-token", expires_in = 7200 })));
        _stub.MapPost("/wxa/business/getuserphonenumber", async (HttpContext http) =>
        {
            Count("getPhoneNumber", Results.Empty);
            await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted);
        });
        await _stub.StartAsync();
        _product = await ProductHost.StartAsync(new Uri(_stub.Urls.First() + "/"), new Dictionary<string, string?>
        {
            // Long enough for a cold stub on a loaded machine, short beside the hanging getPhoneNumber.
            ["WeChat:RequestTimeout"] = "00:00:02",
            ["WeChat:RetryDelay"] = "00:00:00.010",
        });
    }

    public async Task DisposeAsync()
    {
        await _product.DisposeAsync();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task Code2SessionIsNotRepeatedAfterAServerError()
    {
        var response = await _product.Services.GetRequiredService<IWeChatAuth>().Code2SessionAsync("code", CancellationToken.None);

        Assert.Equal(WeChatFailureKind.Unavailable, response.Failure?.Kind);
        Assert.Equal(1, _calls.GetValueOrDefault("code2Session"));
    }

    [Fact]
    public async Task StableTokenIsRepeatedAfterAServerErrorAndAPhoneNumberCallTimesOutWithoutARepeat()
    {
        _stableTokenStatuses.Enqueue(503);
        var started = DateTimeOffset.UtcNow;

        var response = await _product.Services.GetRequiredService<IWeChatPhoneNumbers>()
            .GetPhoneNumberAsync("phone-code", "openid", CancellationToken.None);

        var elapsed = DateTimeOffset.UtcNow - started;
        var calls = string.Join(", ", _calls.Select(pair => $"{pair.Key}={pair.Value}"));
        Assert.Equal(WeChatFailureKind.Unavailable, response.Failure?.Kind);
        Assert.True(_calls.GetValueOrDefault("stable_token") == 2, calls);
        Assert.True(_calls.GetValueOrDefault("getPhoneNumber") == 1, calls);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{elapsed}; {calls}");
    }

    private IResult Count(string api, IResult result)
    {
        _calls.AddOrUpdate(api, 1, (_, count) => count + 1);
        return result;
    }
}
