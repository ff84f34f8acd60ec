namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>A course's share of an order or a refund: who, which course, how much, and the refund it belongs to.</summary>
public sealed class CourseLine
{
    public Guid UserId { get; init; }

    public Guid CourseId { get; init; }

    public long AmountFen { get; init; }

    /// <summary>The refund a refunded amount belongs to; empty for order lines.</summary>
    public Guid RefundId { get; init; }
}
