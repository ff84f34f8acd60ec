using KnowledgePay.WeChatSimulator.Faults;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// One event for the merchant: the body is fixed, <see cref="Protocol"/> signs each attempt afresh (WeChat Pay's
/// notification or the mini program's message push). <see cref="Acknowledged"/> runs when an attempt is acknowledged.
/// </summary>
internal sealed record Notification(
    string Id, string EventType, string NotifyUrl, byte[] Body, NotificationFaults Faults, INotificationProtocol Protocol)
{
    public Action? Acknowledged { get; init; }
}
