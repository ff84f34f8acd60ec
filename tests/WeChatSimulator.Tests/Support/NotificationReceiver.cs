using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>
/// The merchant's notify_url: a Kestrel endpoint on a free port that records every POST as received and answers with
/// the statuses queued in <see cref="ReplyWith"/>, then 200.
/// </summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _replies = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    private NotificationReceiver(WebApplication app) => _app = app;

    public string Url => _app.Urls.Single() + "/wechatpay/notify";

    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    /// <summary>Milliseconds to wait before replying, to play a slow merchant.</summary>
    public int ReplyDelayMs { get; set; }

    /// <summary>The JSON every 200 reply carries (a message push server answers <c>{"ErrCode":0,…}</c>); none when null.</summary>
    public object? SuccessBody { get; set; }

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/wechatpay/notify", receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    public void ReplyWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _replies.Enqueue(status);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> notifications have arrived in all, then returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(int count, double timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (_received.Count < count)
        {
            await _arrivals.WaitAsync(timeout.Token);
        }
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedNotification(
            request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray())
        {
            Query = request.QueryString.Value ?? string.Empty,
        });
        _arrivals.Release();
        if (ReplyDelayMs > 0)
        {
            await Task.Delay(ReplyDelayMs);
        }
        return _replies.TryDequeue(out var status)
            ? Results.Json(new { code = "FAIL", message = "scripted failure" }, statusCode: status)
            : SuccessBody is { } success ? Results.Json(success) : Results.Ok();
    }
}

internal sealed record ReceivedNotification(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The query string as received (the message push signs it), with its leading <c>?</c>.</summary>
    public string Query { get; init; } = string.Empty;
}
