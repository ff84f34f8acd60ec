using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>Every delivery attempt in order, and the notification each one carried (for redelivery).</summary>
internal sealed class DeliveryLog : ISimulatorState
{
    private readonly Lock _lock = new();
    private readonly List<Delivery> _deliveries = [];
    private readonly Dictionary<string, Notification> _notifications = new(StringComparer.Ordinal);

    public void Add(Delivery delivery, Notification notification)
    {
        lock (_lock)
        {
            _deliveries.Add(delivery);
            _notifications[delivery.Id] = notification;
        }
    }

    public IReadOnlyList<Delivery> Snapshot()
    {
        lock (_lock)
        {
            return [.. _deliveries];
        }
    }

    public Notification? NotificationOf(string deliveryId)
    {
        lock (_lock)
        {
            return _notifications.GetValueOrDefault(deliveryId);
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _deliveries.Clear();
            _notifications.Clear();
        }
    }
}
