namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// One step of a line's price with its reason for the buyer (原价 / 优惠): the list price is positive, a discount
/// negative, a guardrail's correction positive. <see cref="SourceId"/> names the sale, membership or coupon behind it.
/// </summary>
public sealed record PriceStep(PriceStepKind Kind, long AmountFen, string Reason, Guid? SourceId = null);
