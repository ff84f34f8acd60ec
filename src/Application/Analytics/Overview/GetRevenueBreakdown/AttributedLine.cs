using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>An amount booked on an order line (sold, or refunded) at an instant, with everything a breakdown groups by.</summary>
internal sealed class AttributedLine
{
    public required Guid OrderId { get; init; }

    public required Guid BuyerId { get; init; }

    public required DateTimeOffset At { get; init; }

    public required long AmountFen { get; init; }

    public required OfferKind Kind { get; init; }

    public required PaymentChannel PaymentMethod { get; init; }

    public required Guid? CategoryId { get; init; }

    public required Guid? CreatorId { get; init; }

    public required AcquisitionChannel Channel { get; init; }
}

/// <summary>An amount on <see cref="Line"/> of <see cref="Order"/> at <see cref="At"/>, before it is attributed.</summary>
internal sealed class LineAmount
{
    public required Order Order { get; init; }

    public required OrderLine Line { get; init; }

    public required long AmountFen { get; init; }

    public required DateTimeOffset At { get; init; }
}
