namespace KnowledgePay.Domain.Pricing;

/// <summary>A limited-time price or flash-sale price running for an offer now, and when it ends (for a countdown).</summary>
public sealed record SalePrice(Guid SaleId, long PriceFen, bool IsFlashSale, string Reason, DateTimeOffset EndsAt);
