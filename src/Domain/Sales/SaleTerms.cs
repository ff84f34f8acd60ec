namespace KnowledgePay.Domain.Sales;

/// <summary>
/// What a sale offers: the price in fen between <see cref="StartsAt"/> and <see cref="EndsAt"/>, with the title buyers see
/// (e.g. 双十一限时优惠); a flash sale adds its stock and how many one buyer may take.
/// </summary>
public sealed record SaleTerms(
    string Title, long PriceFen, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Stock = null, int? PerUserLimit = null);
