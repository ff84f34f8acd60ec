namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Limits how often one WeChat account may log in, whatever address the attempts come from.</summary>
public interface ILoginThrottle
{
    bool TryAcquire(string openId);
}
