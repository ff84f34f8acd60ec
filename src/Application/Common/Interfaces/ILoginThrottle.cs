namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Limits login attempts per WeChat account and per client address; false when the caller must wait.</summary>
public interface ILoginThrottle
{
    ValueTask<bool> TryAcquireForOpenIdAsync(string openId, CancellationToken cancellationToken);

    ValueTask<bool> TryAcquireForAddressAsync(string address, CancellationToken cancellationToken);
}
