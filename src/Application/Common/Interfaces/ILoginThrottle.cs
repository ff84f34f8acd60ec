namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Limits login attempts per WeChat account and per client address; false when the caller must wait.</summary>
public interface ILoginThrottle
{
    bool TryAcquireForOpenId(string openId);

    bool TryAcquireForAddress(string address);
}
