using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Sales;

/// <summary>
/// A limited-time price (限时优惠) or flash sale (秒杀) for one offer: a price below its list price, within its guardrails,
/// between a start and an end. A flash sale sells at most <see cref="Stock"/> units, at most <see cref="PerUserLimit"/> to
/// one buyer; <see cref="Sold"/> counts the units held by placed orders and only ever changes through a conditional
/// update of the database (see the reservation handlers), never through this entity.
/// </summary>
public sealed class Sale : Entity
{
    private Sale()
    {
        Title = null!;
    }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public OfferRef Offer => new(OfferKind, OfferId);

    public SaleKind Kind { get; private set; }

    public string Title { get; private set; }

    public long PriceFen { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Units a flash sale offers in all; null for a limited-time price.</summary>
    public int? Stock { get; private set; }

    /// <summary>Units held by placed orders (paid or still pending); returned when an order closes unpaid.</summary>
    public int Sold { get; private set; }

    /// <summary>Units one buyer may hold at a flash sale's price; null for a limited-time price.</summary>
    public int? PerUserLimit { get; private set; }

    /// <summary>The creator or admin who set it; null for the platform's own (demo) sales.</summary>
    public Guid? SetByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when someone ended the sale before <see cref="EndsAt"/>.</summary>
    public DateTimeOffset? EndedEarlyAt { get; private set; }

    /// <summary>Bumped by every edit: the concurrency token for racing edits (stock reservations do not touch it).</summary>
    public int Version { get; private set; }

    public bool IsFlashSale => Kind == SaleKind.FlashSale;

    public static Sale Schedule(SaleKind kind, SaleTarget target, SaleTerms terms, Guid? setByUserId, DateTimeOffset now)
    {
        var sale = new Sale
        {
            OfferKind = target.Offer.Kind,
            OfferId = target.Offer.Id,
            Kind = kind,
            SetByUserId = setByUserId,
            CreatedAt = now,
        };
        sale.Apply(target, terms, now);
        sale.Raise(new SaleScheduledEvent(
            sale.Id, sale.OfferKind, sale.OfferId, kind, target.ListFen, sale.PriceFen, sale.StartsAt, sale.EndsAt, sale.Stock,
            sale.PerUserLimit, setByUserId));
        return sale;
    }

    public bool HasEnded(DateTimeOffset now) => EndedEarlyAt is not null || now >= EndsAt;

    public bool IsRunning(DateTimeOffset now) => StartsAt <= now && !HasEnded(now);

    /// <summary>Replaces the terms of a sale that has not ended; a running sale keeps its start, a flash sale its sold units.</summary>
    public void Change(SaleTarget target, SaleTerms terms, Guid? changedByUserId, DateTimeOffset now)
    {
        if (HasEnded(now))
        {
            throw SaleErrors.AlreadyEnded(Id);
        }

        if (StartsAt <= now && ToSecond(terms.StartsAt) != StartsAt)
        {
            throw SaleErrors.InvalidWindow("A running sale keeps its start; end it and schedule another to start again.");
        }

        if (Stock is not null && terms.Stock < Sold)
        {
            throw SaleErrors.InvalidStock($"{Sold} units are already sold; the stock cannot be lower.");
        }

        var before = PriceFen;
        Apply(target, terms, now);
        Version++;
        Raise(new SaleChangedEvent(Id, before, PriceFen, StartsAt, EndsAt, Stock, PerUserLimit, changedByUserId));
    }

    public void EndEarly(Guid? endedByUserId, DateTimeOffset now)
    {
        if (HasEnded(now))
        {
            throw SaleErrors.AlreadyEnded(Id);
        }

        EndedEarlyAt = now;
        Version++;
        Raise(new SaleEndedEarlyEvent(Id, now, endedByUserId));
    }

    private void Apply(SaleTarget target, SaleTerms terms, DateTimeOffset now)
    {
        Title = Text.Required(terms.Title, SaleLimits.TitleLength, SaleErrors.InvalidTitle);
        PriceFen = AdmittedPrice(target, terms.PriceFen);
        (StartsAt, EndsAt) = ValidWindow(terms, now);
        (Stock, PerUserLimit) = Kind == SaleKind.FlashSale ? FlashStock(terms) : NoStock(terms);
    }

    private static long AdmittedPrice(SaleTarget target, long priceFen)
    {
        if (target.ListFen == 0)
        {
            throw SaleErrors.OfferNotSellable();
        }

        var price = Money.Fen(priceFen).AmountFen;
        if (price >= target.ListFen)
        {
            throw SaleErrors.NotBelowListPrice(price, target.ListFen);
        }

        var lowest = target.Guardrails.LowestFen(target.ListFen);
        return price < lowest ? throw SaleErrors.BeyondGuardrails(price, lowest) : price;
    }

    private static (DateTimeOffset, DateTimeOffset) ValidWindow(SaleTerms terms, DateTimeOffset now)
    {
        var (startsAt, endsAt) = (ToSecond(terms.StartsAt), ToSecond(terms.EndsAt));
        return endsAt <= startsAt ? throw SaleErrors.InvalidWindow("A sale ends after it starts.")
            : endsAt <= now ? throw SaleErrors.InvalidWindow("A sale must end in the future.")
            : endsAt - startsAt > TimeSpan.FromDays(SaleLimits.MaxDays)
                ? throw SaleErrors.InvalidWindow($"A sale lasts at most {SaleLimits.MaxDays} days.")
            : (startsAt, endsAt);
    }

    /// <summary>Whole seconds, which every database stores exactly (SQLite's column keeps less than a tick).</summary>
    private static DateTimeOffset ToSecond(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));

    private static (int?, int?) FlashStock(SaleTerms terms) =>
        terms.Stock is not (>= 1 and <= SaleLimits.MaxStock) ? throw SaleErrors.InvalidStock($"A flash sale needs a stock of 1 to {SaleLimits.MaxStock}.")
        : terms.PerUserLimit is not (>= 1 and <= SaleLimits.MaxPerUserLimit)
            ? throw SaleErrors.InvalidStock($"A flash sale needs a limit per buyer of 1 to {SaleLimits.MaxPerUserLimit}.")
        : (terms.Stock, terms.PerUserLimit);

    private static (int?, int?) NoStock(SaleTerms terms) =>
        terms.Stock is not null || terms.PerUserLimit is not null
            ? throw SaleErrors.InvalidStock("A limited-time price has no stock or limit per buyer; schedule a flash sale for that.")
            : (null, null);
}
