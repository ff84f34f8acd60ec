namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Counts failed redeem attempts per user and per client address against guessing: once either has failed too often
/// lately, <see cref="IsBlockedAsync"/> answers true and the attempt is refused before any code is looked up.
/// </summary>
public interface IRedeemCodeThrottle
{
    ValueTask<bool> IsBlockedAsync(Guid userId, string address, CancellationToken cancellationToken);

    ValueTask RecordFailureAsync(Guid userId, string address, CancellationToken cancellationToken);
}
