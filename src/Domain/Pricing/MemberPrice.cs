namespace KnowledgePay.Domain.Pricing;

/// <summary>The buyer's membership discount on a course its plan does not include.</summary>
public sealed record MemberPrice(Guid MembershipId, int PercentOff, string Reason)
{
    public long Apply(long priceFen) => priceFen - (priceFen * PercentOff / 100);
}
