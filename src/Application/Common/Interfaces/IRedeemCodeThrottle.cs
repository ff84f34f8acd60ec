namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Counts failed redeem attempts per user and per client address against guessing: once either has failed too often
/// lately, <see cref="IsBlocked"/> answers true and the attempt is refused before any code is looked up.
/// </summary>
public interface IRedeemCodeThrottle
{
    bool IsBlocked(Guid userId, string address);

    void RecordFailure(Guid userId, string address);
}
