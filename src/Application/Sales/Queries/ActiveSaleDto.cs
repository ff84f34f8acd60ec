using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.Sales.Queries;

/// <summary>The sale a buyer gets on an offer right now, with what a countdown needs.</summary>
public sealed record ActiveSaleDto(Guid SaleId, SaleKind Kind, string Title, long PriceFen, DateTimeOffset EndsAt, int? StockLeft);
