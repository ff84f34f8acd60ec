using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.PaymentMethods;

/// <summary>
/// How the viewer may buy: the methods their platform may pay with, whether they can buy at all, and whether prices are
/// hidden from them (iOS before Virtual Payment).
/// </summary>
public sealed record PurchaseOptionsDto(IReadOnlyList<PaymentChannel> Methods, bool CanBuy, bool PricesHidden);
