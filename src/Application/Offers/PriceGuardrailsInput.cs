using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers;

/// <summary>The guardrails an admin sets on a course or an offer, as a command carries them.</summary>
public sealed record PriceGuardrailsInput(long FloorFen, int MaxDiscountPercent, bool SalePriceStacksWithMemberPrice)
{
    public PriceGuardrails ToGuardrails() => PriceGuardrails.Of(FloorFen, MaxDiscountPercent, SalePriceStacksWithMemberPrice);
}
