namespace KnowledgePay.Domain.Segments;

/// <summary>
/// A user's chance of paying for an order in the next 7 days, as the published propensity model (ADR 0032) scored it.
/// Rewritten in bulk after each training; the segment field <c>purchasePropensity7d</c> reads it.
/// </summary>
public sealed class PurchasePropensity
{
    private PurchasePropensity()
    {
    }

    public Guid UserId { get; private set; }

    /// <summary>0 to 1.</summary>
    public double Score { get; private set; }

    public int ModelVersion { get; private set; }

    public DateTimeOffset ScoredAt { get; private set; }

    public static PurchasePropensity Of(Guid userId, double score, int modelVersion, DateTimeOffset now) =>
        new() { UserId = userId, Score = score, ModelVersion = modelVersion, ScoredAt = now };
}
