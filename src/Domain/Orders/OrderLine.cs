using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// One offer in an order, priced when the order was placed: the list price, each discount with its reason, and the
/// amount paid for it. Refunds are booked against lines, so each line knows how much of it came back.
/// </summary>
public sealed class OrderLine : Entity
{
    private readonly List<OrderLineStep> _steps = [];

    private OrderLine()
    {
        Title = null!;
    }

    public Guid OrderId { get; private set; }

    public int Position { get; private set; }

    public OfferKind Kind { get; private set; }

    /// <summary>The course id for <see cref="OfferKind.Course"/>, else the offer's id.</summary>
    public Guid OfferId { get; private set; }

    public string Title { get; private set; }

    public long ListFen { get; private set; }

    public long AmountFen { get; private set; }

    public long RefundedFen { get; private set; }

    public bool IsGift { get; private set; }

    /// <summary>The limited-time price or flash sale it was priced at.</summary>
    public Guid? SaleId { get; private set; }

    /// <summary>The group (拼团) it was bought in: it is fulfilled when the group fills.</summary>
    public Guid? GroupBuyId { get; private set; }

    /// <summary>From the list price down to <see cref="AmountFen"/>; they add up to it.</summary>
    public IReadOnlyCollection<OrderLineStep> Steps => _steps.AsReadOnly();

    public OfferRef Offer => new(Kind, OfferId);

    public bool IsFullyRefunded => AmountFen > 0 && RefundedFen == AmountFen;

    internal static OrderLine From(Guid orderId, int position, LinePrice price) => new OrderLine
    {
        OrderId = orderId,
        Position = position,
        Kind = price.Offer.Kind,
        OfferId = price.Offer.Id,
        Title = Text.Required(price.Title, OrderLimits.TitleLength, OrderErrors.InvalidTitle),
        ListFen = price.ListFen,
        AmountFen = price.AmountFen,
        IsGift = price.IsGift,
        SaleId = price.Sale?.SaleId,
        GroupBuyId = price.GroupBuyId,
    }.WithSteps(price.Steps);

    internal OrderLineSold Sold() => new(Id, Kind, OfferId, AmountFen, SaleId, IsGift, GroupBuyId);

    internal LineRefunded Refunded(long amountFen) => new(Id, Kind, OfferId, amountFen, IsFullyRefunded, IsGift);

    internal void BookRefund(long amountFen) => RefundedFen += amountFen;

    private OrderLine WithSteps(IEnumerable<PriceStep> steps)
    {
        _steps.AddRange(steps.Select((s, i) => new OrderLineStep(i, s.Kind, s.AmountFen, s.Reason, s.SourceId)));
        return this;
    }
}
