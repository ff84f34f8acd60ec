using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// What a promoter earns on one paid order line at one level (1: the buyer's referrer, 2: the referrer's upline):
/// floor(line amount × rate ÷ 10000) fen. It is pending until <see cref="ValidAfter"/> (payment + refund window), then
/// valid. Refunds of the line take it back in proportion to what of the line they refunded (all of it once the line is
/// fully refunded), each refund once, before or after it became valid. Money moves only through <see cref="Promoter"/>.
/// </summary>
public sealed class Commission : Entity
{
    private readonly List<CommissionReversal> _reversals = [];

    private Commission()
    {
    }

    public Guid PromoterId { get; private set; }

    public Guid BuyerId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid OrderLineId { get; private set; }

    /// <summary>1 or 2.</summary>
    public int Level { get; private set; }

    public OfferKind Kind { get; private set; }

    public Guid OfferId { get; private set; }

    /// <summary>What the buyer paid for the line.</summary>
    public long LineAmountFen { get; private set; }

    public int RateBp { get; private set; }

    public long AmountFen { get; private set; }

    /// <summary>What refunds took back so far.</summary>
    public long ReversedFen { get; private set; }

    /// <summary>What of the line the applied refunds paid back.</summary>
    public long LineRefundedFen { get; private set; }

    public CommissionState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ValidAfter { get; private set; }

    public DateTimeOffset? ValidAt { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<CommissionReversal> Reversals => _reversals.AsReadOnly();

    /// <summary>What the promoter keeps of it.</summary>
    public long NetFen => AmountFen - ReversedFen;

    /// <summary>Whether its money sits in the valid bucket (it became valid before, even if since reversed).</summary>
    public bool WasValidated => ValidAt is not null;

    /// <summary>The commission a line earns at <paramref name="rateBp"/>; null when that rounds down to nothing.</summary>
    public static Commission? Earn(
        Guid promoterId, Guid buyerId, Guid orderId, Guid lineId, int level, OfferKind kind, Guid offerId, long lineAmountFen,
        int rateBp, DateTimeOffset now, TimeSpan refundWindow)
    {
        if (level is < 1 or > 2 || rateBp is < 0 or > ReferralLimits.MaxRateBp)
        {
            throw new ArgumentOutOfRangeException(nameof(rateBp), $"Level {level} at {rateBp} bp is no commission.");
        }

        var amount = lineAmountFen * rateBp / ReferralLimits.MaxRateBp;
        return amount <= 0 ? null : new Commission
        {
            PromoterId = promoterId,
            BuyerId = buyerId,
            OrderId = orderId,
            OrderLineId = lineId,
            Level = level,
            Kind = kind,
            OfferId = offerId,
            LineAmountFen = lineAmountFen,
            RateBp = rateBp,
            AmountFen = amount,
            State = CommissionState.Pending,
            CreatedAt = now,
            ValidAfter = now + refundWindow,
        };
    }

    public bool IsDue(DateTimeOffset now) => State == CommissionState.Pending && now >= ValidAfter;

    public bool HasApplied(Guid refundId) => _reversals.Any(r => r.RefundId == refundId);

    internal long BecomeValid(DateTimeOffset now)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException($"Commission {Id} is {State} and due at {ValidAfter}: it cannot become valid at {now}.");
        }

        State = CommissionState.Valid;
        ValidAt = now;
        Version++;
        return NetFen;
    }

    /// <summary>
    /// Applies a refund of <paramref name="lineRefundFen"/> of the line; returns what it takes back. Cumulative rounding
    /// (floor of the total refunded share) keeps the parts of several partial refunds from adding up to more or less
    /// than the whole.
    /// </summary>
    internal long Reverse(Guid refundId, long lineRefundFen, bool lineFullyRefunded, DateTimeOffset now)
    {
        LineRefundedFen = Math.Min(LineAmountFen, LineRefundedFen + lineRefundFen);
        var target = lineFullyRefunded || LineRefundedFen == LineAmountFen
            ? AmountFen
            : AmountFen * LineRefundedFen / LineAmountFen;
        var taken = Math.Max(0, target - ReversedFen);
        ReversedFen += taken;
        _reversals.Add(CommissionReversal.Of(Id, refundId, lineRefundFen, taken, now));
        if (ReversedFen == AmountFen)
        {
            State = CommissionState.Reversed;
            ReversedAt = now;
        }

        Version++;
        return taken;
    }
}
