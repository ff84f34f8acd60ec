using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>An offer's own commission rates in basis points (1000 = 10%), overriding the configured defaults.</summary>
public sealed class CommissionRate : Entity
{
    private CommissionRate()
    {
    }

    /// <summary>The course id for a course, else the offer's id.</summary>
    public Guid OfferId { get; private set; }

    public int Level1Bp { get; private set; }

    public int Level2Bp { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CommissionRate For(Guid offerId, int level1Bp, int level2Bp, DateTimeOffset now) =>
        new CommissionRate { OfferId = offerId }.Set(level1Bp, level2Bp, now);

    public CommissionRate Set(int level1Bp, int level2Bp, DateTimeOffset now)
    {
        Level1Bp = level1Bp;
        Level2Bp = level2Bp;
        UpdatedAt = now;
        return this;
    }

    public int RateFor(int level) => level == 1 ? Level1Bp : Level2Bp;
}
