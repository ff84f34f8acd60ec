namespace KnowledgePay.Domain.Orders;

/// <summary>The part of a refund booked against one order line.</summary>
public sealed record OrderRefundLine(Guid LineId, long AmountFen);
