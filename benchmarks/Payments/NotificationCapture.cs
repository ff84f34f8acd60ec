using System.Collections.Concurrent;
using System.Net;

namespace KnowledgePay.Payments;

/// <summary>
/// Stands in for the network under the simulator's notification sender, which builds, encrypts and signs each payment
/// notification: keeps what it was about to POST and answers 200, so the benchmark can replay them at a chosen
/// concurrency and nothing is retried.
/// </summary>
internal sealed class NotificationCapture
{
    private readonly ConcurrentQueue<SignedNotification> _captured = new();

    public HttpMessageHandler CreateHandler() => new CapturingHandler(this);

    /// <summary>Waits until <paramref name="count"/> notifications have been captured and hands them over.</summary>
    public async Task<IReadOnlyList<SignedNotification>> TakeAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (_captured.Count < count)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The simulator sent {_captured.Count} of {count} notifications.");
            }

            await Task.Delay(50);
        }

        var taken = new List<SignedNotification>(count);
        while (taken.Count < count && _captured.TryDequeue(out var notification))
        {
            taken.Add(notification);
        }

        return taken;
    }

    private sealed class CapturingHandler(NotificationCapture capture) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers
                .Select(header => KeyValuePair.Create(header.Key, string.Join(',', header.Value)))
                .ToList();
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            capture._captured.Enqueue(new SignedNotification(headers, body));
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
        }
    }
}
