namespace KnowledgePay.Domain.Coupons;

public enum CouponKind
{
    /// <summary>满减: an amount off once the eligible lines reach a threshold.</summary>
    AmountOffOverThreshold,

    /// <summary>折扣: a percentage off the eligible lines, capped at an amount.</summary>
    PercentOff,

    /// <summary>无门槛: an amount off with no threshold.</summary>
    AmountOff,

    /// <summary>新人券: an amount off the buyer's first paid order only.</summary>
    NewcomerAmountOff,
}
