using KnowledgePay.WeChatSimulator.Faults;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>One event for the merchant: the envelope body is fixed, each attempt signs it afresh.</summary>
internal sealed record Notification(
    string Id, string EventType, string NotifyUrl, byte[] Body, NotificationFaults Faults);
