namespace KnowledgePay.WeChatSimulator.State;

/// <summary>Every shipping record WeChat accepted, oldest first (<c>GET /__sim/shipping</c>).</summary>
internal sealed class ShippingUploads : ISimulatorState
{
    private readonly Lock _lock = new();
    private readonly List<ShippingUpload> _accepted = [];

    public void Add(ShippingUpload upload)
    {
        lock (_lock)
        {
            _accepted.Add(upload);
        }
    }

    public IReadOnlyList<ShippingUpload> Snapshot()
    {
        lock (_lock)
        {
            return [.. _accepted];
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _accepted.Clear();
        }
    }
}

internal sealed record ShippingUpload(
    string TransactionId,
    string PayerOpenId,
    int LogisticsType,
    int DeliveryMode,
    IReadOnlyList<string> ItemDescriptions,
    DateTimeOffset UploadTime,
    DateTimeOffset ReceivedAt);
