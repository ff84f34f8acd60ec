namespace KnowledgePay.Domain.Pricing;

/// <summary>The steps of the pricing engine, in the order they apply.</summary>
public enum PriceStepKind
{
    ListPrice,

    /// <summary>The price an experiment's variant shows this buyer instead of the list price (never above it).</summary>
    ExperimentPrice,

    /// <summary>Part of a bundle the buyer already owns, taken off when the operator prices owned content out.</summary>
    AlreadyOwned,

    LimitedTimePrice,
    FlashSale,

    /// <summary>A price offered to this buyer alone (a campaign's personal price), when lower than what applies so far.</summary>
    PersonalPrice,

    MemberPrice,
    Coupon,

    /// <summary>A discount given back because it crossed the offer's floor or maximum discount.</summary>
    Guardrail,

    /// <summary>The group-buy price (拼团价), instead of any sale or member price.</summary>
    GroupBuy,
}
