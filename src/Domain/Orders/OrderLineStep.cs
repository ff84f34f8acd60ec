using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Orders;

/// <summary>One pricing step of an order line as it was charged (see <see cref="PriceStep"/>).</summary>
public sealed record OrderLineStep(int Position, PriceStepKind Kind, long AmountFen, string Reason, Guid? SourceId);
