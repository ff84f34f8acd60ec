namespace KnowledgePay.Domain.Pricing;

/// <summary>A group-buy price (拼团价) for a line bought in group <see cref="GroupBuyId"/> of deal <see cref="DealId"/>.</summary>
public sealed record GroupPrice(Guid DealId, Guid GroupBuyId, long PriceFen, string Reason);
