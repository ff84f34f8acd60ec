namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// One attempt to deliver a notification as <c>GET /__sim/deliveries</c> lists it. <see cref="Status"/> is null when no
/// reply came (timeout, refused connection) and for a dropped notification.
/// </summary>
internal sealed record Delivery(
    string Id,
    string NotificationId,
    string EventType,
    string Url,
    int Attempt,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int? Status,
    long LatencyMs,
    bool Succeeded,
    bool Dropped,
    string? Error,
    DateTimeOffset SentAt,
    IReadOnlyList<string> Faults);
