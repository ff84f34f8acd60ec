using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// POSTs queued notifications in the background (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html): success is 200 or 204 within the timeout, anything
/// else is retried on <see cref="RetrySchedule"/> scaled by <see cref="PaySimulatorOptions.RetryTimeScale"/>. Each
/// notification runs on its own so one slow merchant reply never holds back another; reset cancels them all.
/// </summary>
internal sealed class NotificationSender(
    NotificationOutbox outbox,
    IHttpClientFactory httpClients,
    DeliveryLog log,
    SimulatedClock clock,
    IOptions<PaySimulatorOptions> options) : BackgroundService, ISimulatorState
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly Lock _lock = new();
    private CancellationTokenSource _generation = new();
    private CancellationToken _stopping;
    private Notification? _parked;

    public void Reset()
    {
        lock (_lock)
        {
            _generation.Cancel();
            _generation = new CancellationTokenSource();
            _parked = null;
        }
    }

    /// <summary>Sends the notification of an earlier delivery once more, with a valid signature and no faults.</summary>
    public async Task<Delivery?> RedeliverAsync(string deliveryId, CancellationToken cancellationToken)
    {
        if (log.NotificationOf(deliveryId) is not { } notification)
        {
            return null;
        }
        var genuine = notification with { Faults = NotificationFaults.None };
        return await SendAsync(genuine, attempt: 0, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await foreach (var notification in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                Track(DeliverAsync(notification, mayPark: true, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: the deliveries in flight observe the same token.
        }
        finally
        {
            await Task.WhenAll(_running.Keys);
        }
    }

    private void Track(Task delivery)
    {
        _running[delivery] = true;
        delivery.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(Notification notification, bool mayPark, CancellationToken stoppingToken)
    {
        CancellationTokenSource generation;
        lock (_lock)
        {
            if (mayPark && notification.Faults.Has(NotificationFault.Reorder))
            {
                _parked = notification;
                return;
            }
            generation = _generation;
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, generation.Token);
        try
        {
            await DeliverWithRetriesAsync(notification, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Stopped or reset: an undelivered notification is simply forgotten, as after WeChat's last retry.
        }
    }

    private async Task DeliverWithRetriesAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (notification.Faults.Has(NotificationFault.Drop))
        {
            log.Add(DroppedDelivery(notification), notification);
            ReleaseParked();
            return;
        }
        if (notification.Faults.Find(NotificationFault.Delay) is { } delay)
        {
            await Task.Delay(delay.Milliseconds, cancellationToken);
        }
        for (var attempt = 0; ; attempt++)
        {
            var delivered = await SendCopiesAsync(notification, attempt, cancellationToken);
            if (attempt == 0)
            {
                ReleaseParked();
            }
            if (delivered || attempt == RetrySchedule.Waits.Length)
            {
                return;
            }
            await Task.Delay(RetrySchedule.Waits[attempt] * options.Value.RetryTimeScale, cancellationToken);
        }
    }

    /// <summary>The first attempt of a duplicated notification goes out several times, at once or one after another.</summary>
    private async Task<bool> SendCopiesAsync(Notification notification, int attempt, CancellationToken cancellationToken)
    {
        var copies = attempt == 0 ? 1 + (notification.Faults.Find(NotificationFault.Duplicate)?.Copies ?? 0) : 1;
        if (notification.Faults.Find(NotificationFault.Duplicate) is { Concurrent: true } && copies > 1)
        {
            var deliveries = await Task.WhenAll(
                Enumerable.Range(0, copies).Select(_ => SendAsync(notification, attempt, cancellationToken)));
            return deliveries.Any(delivery => delivery.Succeeded);
        }
        var delivered = false;
        for (var copy = 0; copy < copies; copy++)
        {
            delivered |= (await SendAsync(notification, attempt, cancellationToken)).Succeeded;
        }
        return delivered;
    }

    private void ReleaseParked()
    {
        Notification? parked;
        lock (_lock)
        {
            (parked, _parked) = (_parked, null);
        }
        if (parked is not null)
        {
            Track(DeliverAsync(parked, mayPark: false, _stopping));
        }
    }

    private async Task<Delivery> SendAsync(Notification notification, int attempt, CancellationToken cancellationToken)
    {
        var outgoing = notification.Protocol.Prepare(notification);
        var (status, reply, error, latency) = await PostAsync(outgoing, cancellationToken);
        var acknowledged = status is { } code && notification.Protocol.IsAcknowledged(code, reply ?? string.Empty);
        if (acknowledged)
        {
            notification.Acknowledged?.Invoke();
        }
        var delivery = new Delivery(
            PayIds.RequestId(), notification.Id, notification.EventType, outgoing.Url, attempt, outgoing.Headers,
            Encoding.UTF8.GetString(outgoing.Body), status, latency, acknowledged, Dropped: false, error, clock.GetUtcNow(),
            [.. notification.Faults.Kinds]);
        log.Add(delivery, notification);
        return delivery;
    }

    private async Task<(int? Status, string? Reply, string? Error, long LatencyMs)> PostAsync(
        OutgoingNotification outgoing, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, outgoing.Url) { Content = new ByteArrayContent(outgoing.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in outgoing.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.NotificationTimeoutSeconds));
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await httpClients.CreateClient(DependencyInjection.NotificationHttpClient).SendAsync(request, timeout.Token);
            var reply = await response.Content.ReadAsStringAsync(timeout.Token);
            return ((int)response.StatusCode, reply, null, stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null, "timeout", stopwatch.ElapsedMilliseconds);
        }
        catch (HttpRequestException exception)
        {
            return (null, null, exception.Message, stopwatch.ElapsedMilliseconds);
        }
    }

    private Delivery DroppedDelivery(Notification notification) => new(
        PayIds.RequestId(), notification.Id, notification.EventType, notification.NotifyUrl, 0,
        new Dictionary<string, string>(), Encoding.UTF8.GetString(notification.Body), null, 0, Succeeded: false,
        Dropped: true, null, clock.GetUtcNow(), [.. notification.Faults.Kinds]);
}
