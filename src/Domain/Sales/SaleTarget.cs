using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Sales;

/// <summary>The offer a sale lowers the price of, as it stands when the sale is set: its list price and guardrails.</summary>
public sealed record SaleTarget(OfferRef Offer, long ListFen, PriceGuardrails Guardrails);
