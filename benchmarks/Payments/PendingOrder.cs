namespace KnowledgePay.Payments;

internal sealed record PendingOrder(Guid Id, string OutTradeNo, long TotalFen, Learner Buyer);
