using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

public sealed record OrderPlacedEvent(Guid OrderId, Guid UserId, Guid CourseId, long AmountFen) : IDomainEvent;

public sealed record OrderPaidEvent(Guid OrderId, Guid UserId, Guid CourseId, long AmountFen) : IDomainEvent;

public sealed record OrderClosedEvent(Guid OrderId, OrderCloseReason Reason) : IDomainEvent;

public sealed record OrderFlaggedForReviewEvent(Guid OrderId, OrderReviewReason Reason) : IDomainEvent;

public sealed record OrderRefundedEvent(Guid OrderId, Guid RefundId, long AmountFen, bool IsFullyRefunded) : IDomainEvent;
