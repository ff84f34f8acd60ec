using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using static KnowledgePay.Domain.Bookkeeping.JournalAccount;

namespace KnowledgePay.Domain.UnitTests.Bookkeeping;

public sealed class PostingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid User = Guid.NewGuid();
    private static readonly Guid OrderId = Guid.NewGuid();

    [Theory]
    [InlineData(PaymentChannel.WeChatPayJsapi, WeChatPayClearing)]
    [InlineData(PaymentChannel.WeChatVirtualPayment, VirtualPaymentClearing)]
    public void AnOutsidePaymentMovesTheSoldLinesFromTheChannelsClearingToRevenueLeavingTopUpsToTheWallet(
        PaymentChannel channel, JournalAccount clearing)
    {
        var paid = new OrderPaidEvent(OrderId, User, 6900, [Sold(OfferKind.Course, 4900), Sold(OfferKind.WalletTopUp, 2000)], null, channel);

        var transaction = PostingRules.For(paid, Now)!;

        Assert.Equal($"order-paid:{OrderId}", transaction.Key);
        Assert.Equal([(clearing, (Guid?)null, -4900L), (PlatformRevenue, null, 4900L)], Lines(transaction));
        Assert.All(transaction.Postings, p => Assert.Equal((JournalCause.OrderPaid, (Guid?)OrderId, Now), (p.Cause, p.OrderId, p.At)));
    }

    [Fact]
    public void ABalancePaymentIsLeftToTheWalletsSpend()
    {
        var paid = new OrderPaidEvent(OrderId, User, 4900, [Sold(OfferKind.Course, 4900)], null, PaymentChannel.Balance);

        Assert.Null(PostingRules.For(paid, Now));
    }

    [Fact]
    public void AnOutsideRefundMovesTheRefundedSoldLinesBackFromRevenueToClearing()
    {
        var refundId = Guid.NewGuid();
        var refunded = new OrderRefundedEvent(OrderId, User, refundId, 3000, false,
            [new LineRefunded(Guid.NewGuid(), OfferKind.Course, Guid.NewGuid(), 1000, false, false),
             new LineRefunded(Guid.NewGuid(), OfferKind.WalletTopUp, Guid.NewGuid(), 2000, true, false)],
            null, PaymentChannel.WeChatPayJsapi);

        var transaction = PostingRules.For(refunded, Now)!;

        Assert.Equal($"order-refund:{refundId}", transaction.Key);
        Assert.Equal([(WeChatPayClearing, (Guid?)null, 1000L), (PlatformRevenue, null, -1000L)], Lines(transaction));
    }

    [Fact]
    public void ARefundBackToTheBalanceIsLeftToTheWallet()
    {
        var refunded = new OrderRefundedEvent(OrderId, User, Guid.NewGuid(), 1000, false,
            [new LineRefunded(Guid.NewGuid(), OfferKind.Course, Guid.NewGuid(), 1000, false, false)], null, PaymentChannel.Balance);

        Assert.Null(PostingRules.For(refunded, Now));
    }

    public static TheoryData<WalletMovementKind, long, long, (JournalAccount, Guid?, long)[]> Movements() => new()
    {
        { WalletMovementKind.TopUp, 10000, 500, [(UserWallet, User, 10000), (WeChatPayClearing, null, -10000), (UserBonus, User, 500), (BonusFunding, null, -500)] },
        { WalletMovementKind.Spend, -3000, -900, [(UserWallet, User, -3000), (PlatformRevenue, null, 3900), (UserBonus, User, -900)] },
        { WalletMovementKind.Refund, 3000, 900, [(UserWallet, User, 3000), (PlatformRevenue, null, -3900), (UserBonus, User, 900)] },
        { WalletMovementKind.TopUpRefund, -10000, -500, [(UserWallet, User, -10000), (WeChatPayClearing, null, 10000), (UserBonus, User, -500), (BonusFunding, null, 500)] },
        { WalletMovementKind.TopUpRefundFailed, 10000, 500, [(UserWallet, User, 10000), (WeChatPayClearing, null, -10000), (UserBonus, User, 500), (BonusFunding, null, -500)] },
        { WalletMovementKind.Adjustment, 200, -100, [(UserWallet, User, 200), (ManualAdjustments, null, -100), (UserBonus, User, -100)] },
        { WalletMovementKind.Adjustment, -200, 0, [(UserWallet, User, -200), (ManualAdjustments, null, 200)] },
    };

    [Theory]
    [MemberData(nameof(Movements))]
    public void PostsAWalletMovementOnTheUsersPotsAndTheirCounterparts(
        WalletMovementKind kind, long paidFen, long bonusFen, (JournalAccount, Guid?, long)[] expected)
    {
        var movement = Moved(kind, paidFen, bonusFen);

        var transaction = PostingRules.For(movement);

        Assert.Equal($"wallet:{movement.MovementId}", transaction.Key);
        Assert.Equal(expected, Lines(transaction));
        Assert.Equal(0, transaction.Postings.Sum(p => p.AmountFen));
        Assert.Equal([.. Enumerable.Range(0, expected.Length)], transaction.Postings.Select(p => p.Leg));
    }

    [Fact]
    public void HasARuleForEveryKindOfWalletMovement() =>
        Assert.All(Enum.GetValues<WalletMovementKind>(), kind => Assert.Empty(PostingRules.For(Moved(kind, 0, 0)).Postings));

    [Theory]
    [InlineData(WalletMovementKind.TopUp, -100, 0)]
    [InlineData(WalletMovementKind.Spend, 0, 100)]
    [InlineData(WalletMovementKind.Refund, -100, 0)]
    [InlineData(WalletMovementKind.TopUpRefund, 100, 0)]
    [InlineData(WalletMovementKind.TopUpRefundFailed, 0, -100)]
    public void RefusesAMovementGoingTheWrongWayForItsKind(WalletMovementKind kind, long paidFen, long bonusFen)
    {
        var refusal = Assert.Throws<DomainException>(() => PostingRules.For(Moved(kind, paidFen, bonusFen)));

        Assert.Equal(BookkeepingErrors.WrongDirectionCode, refusal.Code);
    }

    private static WalletMovedEvent Moved(WalletMovementKind kind, long paidFen, long bonusFen) =>
        new(Guid.NewGuid(), Guid.NewGuid(), User, kind, paidFen, bonusFen, OrderId, null, Now);

    private static OrderLineSold Sold(OfferKind kind, long amountFen) => new(Guid.NewGuid(), kind, Guid.NewGuid(), amountFen, null, false);

    private static (JournalAccount, Guid?, long)[] Lines(JournalTransaction transaction) =>
        [.. transaction.Postings.Select(p => (p.Account, p.UserId, p.AmountFen))];
}
