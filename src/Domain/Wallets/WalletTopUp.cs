using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Wallets;

/// <summary>
/// A request to put money in the balance through WeChat Pay (余额充值): the amount and the bonus its tier earned, both
/// fixed when it is placed, and the order that bills it (one <see cref="OfferKind.WalletTopUp"/> line). It is credited
/// once that order is paid; refunds of the order take its paid money and a proportional share of its bonus back out.
/// </summary>
public sealed class WalletTopUp : Entity
{
    private WalletTopUp()
    {
        ClientKey = null!;
    }

    public Guid UserId { get; private set; }

    public long AmountFen { get; private set; }

    public long BonusFen { get; private set; }

    /// <summary>The client's idempotency key: the same key from the same user always means this top-up.</summary>
    public string ClientKey { get; private set; }

    public Guid OrderId { get; private set; }

    public WalletTopUpStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CreditedAt { get; private set; }

    /// <summary>The paid money refunded or being refunded to WeChat Pay.</summary>
    public long RefundedFen { get; private set; }

    /// <summary>The bonus taken back with those refunds.</summary>
    public long BonusForfeitedFen { get; private set; }

    public static WalletTopUp Place(Guid userId, long amountFen, long bonusFen, string clientKey, DateTimeOffset now) =>
        amountFen <= 0 || bonusFen < 0
            ? throw WalletErrors.MovementInvalid("A top-up takes at least 1 fen and a bonus of 0 or more.")
            : new WalletTopUp
            {
                UserId = userId,
                AmountFen = amountFen,
                BonusFen = bonusFen,
                ClientKey = clientKey.Length is >= WalletLimits.ClientKeyMinLength and <= WalletLimits.ClientKeyLength
                    ? clientKey
                    : throw WalletErrors.MovementInvalid("A top-up's client key is 8 to 64 characters."),
                Status = WalletTopUpStatus.Pending,
                CreatedAt = now,
            };

    /// <summary>The order line that bills it: its amount at list price, no discount.</summary>
    public LinePrice Line(string title) =>
        new(new OfferRef(OfferKind.WalletTopUp, Id), title, AmountFen, [new PriceStep(PriceStepKind.ListPrice, AmountFen, "充值金额")], AmountFen, null, false);

    public void BilledBy(Guid orderId) => OrderId = OrderId == Guid.Empty
        ? orderId
        : throw WalletErrors.MovementInvalid("A top-up is billed by one order.");

    /// <summary>The bonus that goes with refunding <paramref name="paidFen"/> more, rounded down over all refunds so far.</summary>
    public long BonusShareOf(long paidFen) =>
        (long)((Int128)BonusFen * (RefundedFen + paidFen) / AmountFen) - BonusForfeitedFen;

    internal void MarkCredited(DateTimeOffset now)
    {
        if (Status != WalletTopUpStatus.Pending)
        {
            throw WalletErrors.MovementInvalid("A top-up is credited once.");
        }

        Status = WalletTopUpStatus.Credited;
        CreditedAt = now;
    }

    internal void HoldRefund(long paidFen, long bonusFen)
    {
        if (Status != WalletTopUpStatus.Credited || RefundedFen + paidFen > AmountFen)
        {
            throw WalletErrors.MovementInvalid("Only a credited top-up's unrefunded amount can be refunded.");
        }

        RefundedFen += paidFen;
        BonusForfeitedFen += bonusFen;
    }

    internal void ReleaseRefund(long paidFen, long bonusFen)
    {
        RefundedFen -= paidFen;
        BonusForfeitedFen -= bonusFen;
    }
}
