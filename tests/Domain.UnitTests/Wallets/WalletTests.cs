using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Domain.UnitTests.Wallets;

public sealed class WalletTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void ATopUpCreditsItsAmountToThePaidPotAndItsBonusToTheBonusPotOnce()
    {
        var wallet = Wallet.Open(UserId, Now);
        var topUp = Placed(10000, 1000);
        var orderId = Guid.CreateVersion7();

        var movement = wallet.TopUp(topUp, orderId, Now);

        Assert.Equal((10000L, 1000L, 11000L), (wallet.PaidFen, wallet.BonusFen, wallet.BalanceFen));
        Assert.Equal((WalletMovementKind.TopUp, 10000L, 1000L, 11000L), (movement.Kind, movement.PaidFen, movement.BonusFen, movement.BalanceAfter));
        Assert.Equal(WalletTopUpStatus.Credited, topUp.Status);
        var moved = Assert.IsType<WalletMovedEvent>(Assert.Single(wallet.DomainEvents()));
        Assert.Equal((movement.Id, WalletMovementKind.TopUp, 10000L, 1000L, orderId), (moved.MovementId, moved.Kind, moved.PaidFen, moved.BonusFen, moved.OrderId));
        Assert.Equal(WalletErrors.MovementInvalidCode, Assert.Throws<DomainException>(() => wallet.TopUp(topUp, orderId, Now)).Code);
    }

    [Fact]
    public void ASpendTakesThePaidPotFirstThenTheBonusPot()
    {
        var wallet = Funded(paid: 3000, bonus: 1000);

        var first = wallet.Spend(Guid.CreateVersion7(), 2000, Now);
        var second = wallet.Spend(Guid.CreateVersion7(), 1500, Now);

        Assert.Equal((-2000L, 0L), (first.PaidFen, first.BonusFen));
        Assert.Equal((-1000L, -500L), (second.PaidFen, second.BonusFen));
        Assert.Equal((0L, 500L), (wallet.PaidFen, wallet.BonusFen));
        Assert.Equal(500, second.BalanceAfter);
    }

    [Fact]
    public void ASpendLargerThanTheBalanceIsRefusedAndChangesNothing()
    {
        var wallet = Funded(paid: 1000, bonus: 100);
        var version = wallet.Version;

        var refused = Assert.Throws<DomainException>(() => wallet.Spend(Guid.CreateVersion7(), 1101, Now));

        Assert.Equal(WalletErrors.InsufficientBalanceCode, refused.Code);
        Assert.Equal((1000L, 100L, version), (wallet.PaidFen, wallet.BonusFen, wallet.Version));
    }

    [Fact]
    public void RefundsOfASpendReturnItsSplitInProportionAndExactlyOnceAllIsBack()
    {
        var wallet = Funded(paid: 4000, bonus: 2000);
        var spend = wallet.Spend(Guid.CreateVersion7(), 4900, Now);

        var first = wallet.Refund(spend, new WalletSplit(0, 0), Guid.CreateVersion7(), 1000, Now);
        var second = wallet.Refund(spend, new WalletSplit(first.PaidFen, first.BonusFen), Guid.CreateVersion7(), 3899, Now);
        var last = wallet.Refund(spend, new WalletSplit(first.PaidFen + second.PaidFen, first.BonusFen + second.BonusFen), Guid.CreateVersion7(), 1, Now);

        Assert.Equal((816L, 184L), (first.PaidFen, first.BonusFen));
        Assert.Equal(4000, first.PaidFen + second.PaidFen + last.PaidFen);
        Assert.Equal(900, first.BonusFen + second.BonusFen + last.BonusFen);
        Assert.Equal((4000L, 2000L), (wallet.PaidFen, wallet.BonusFen));
    }

    [Fact]
    public void ARefundCannotReturnMoreThanTheSpendTook()
    {
        var wallet = Funded(paid: 4000, bonus: 0);
        var spend = wallet.Spend(Guid.CreateVersion7(), 1000, Now);

        Assert.Throws<DomainException>(() => wallet.Refund(spend, new WalletSplit(600, 0), Guid.CreateVersion7(), 401, Now));
    }

    [Fact]
    public void ATopUpRefundTakesItsPaidMoneyAndAProportionalShareOfItsBonus()
    {
        var wallet = Wallet.Open(UserId, Now);
        var topUp = Placed(10000, 1000);
        wallet.TopUp(topUp, Guid.CreateVersion7(), Now);

        var part = wallet.HoldTopUpRefund(topUp, topUp.OrderId, Guid.CreateVersion7(), 3333, Now);
        var rest = wallet.HoldTopUpRefund(topUp, topUp.OrderId, Guid.CreateVersion7(), 6667, Now);

        Assert.Equal((-3333L, -333L), (part.PaidFen, part.BonusFen));
        Assert.Equal((-6667L, -667L), (rest.PaidFen, rest.BonusFen));
        Assert.Equal((0L, 0L), (wallet.PaidFen, wallet.BonusFen));
        Assert.Equal((10000L, 1000L), (topUp.RefundedFen, topUp.BonusForfeitedFen));
    }

    [Fact]
    public void ATopUpRefundIsRefusedWhenThePaidPotNoLongerHoldsIt()
    {
        var wallet = Wallet.Open(UserId, Now);
        var topUp = Placed(5000, 0);
        wallet.TopUp(topUp, Guid.CreateVersion7(), Now);
        wallet.Spend(Guid.CreateVersion7(), 4900, Now);

        var refused = Assert.Throws<DomainException>(() => wallet.HoldTopUpRefund(topUp, topUp.OrderId, Guid.CreateVersion7(), 5000, Now));

        Assert.Equal(WalletErrors.TopUpSpentCode, refused.Code);
        Assert.Equal((100L, 0L), (wallet.PaidFen, topUp.RefundedFen));
    }

    [Fact]
    public void AFailedTopUpRefundGivesBackExactlyWhatItsHoldTook()
    {
        var wallet = Wallet.Open(UserId, Now);
        var topUp = Placed(10000, 1000);
        wallet.TopUp(topUp, Guid.CreateVersion7(), Now);
        var hold = wallet.HoldTopUpRefund(topUp, topUp.OrderId, Guid.CreateVersion7(), 5000, Now);

        var release = wallet.ReleaseTopUpRefund(topUp, hold, Now);

        Assert.Equal((WalletMovementKind.TopUpRefundFailed, 5000L, 500L), (release.Kind, release.PaidFen, release.BonusFen));
        Assert.Equal((10000L, 1000L), (wallet.PaidFen, wallet.BonusFen));
        Assert.Equal((0L, 0L), (topUp.RefundedFen, topUp.BonusForfeitedFen));
    }

    [Fact]
    public void AnAdjustmentCreditsTheBonusPotAndDebitsBonusFirstWithAReason()
    {
        var wallet = Funded(paid: 1000, bonus: 200);

        var credit = wallet.Adjust(300, "Outage", "adjust-key-1", Now);
        var debit = wallet.Adjust(-700, "Correction", "adjust-key-2", Now);

        Assert.Equal((0L, 300L), (credit.PaidFen, credit.BonusFen));
        Assert.Equal((-200L, -500L), (debit.PaidFen, debit.BonusFen));
        Assert.Equal((800L, 0L), (wallet.PaidFen, wallet.BonusFen));
        Assert.Contains(wallet.DomainEvents(), e => e is WalletAdjustedEvent { Reason: "Correction", AmountFen: -700 });
        Assert.Equal(WalletErrors.InsufficientBalanceCode, Assert.Throws<DomainException>(() => wallet.Adjust(-801, "Too much", "adjust-key-3", Now)).Code);
        Assert.Equal(WalletErrors.AdjustmentInvalidCode, Assert.Throws<DomainException>(() => wallet.Adjust(0, "Nothing", "adjust-key-4", Now)).Code);
        Assert.Equal(WalletErrors.AdjustmentInvalidCode, Assert.Throws<DomainException>(() => wallet.Adjust(1, " ", "adjust-key-5", Now)).Code);
    }

    [Theory]
    [InlineData(9999, 0)]
    [InlineData(10000, 1000)]
    [InlineData(49999, 1000)]
    [InlineData(50000, 8000)]
    public void TheHighestBonusTierReachedCounts(long amountFen, long bonusFen) =>
        Assert.Equal(bonusFen, BonusTier.BonusFor(amountFen, [new BonusTier(50000, 8000), new BonusTier(10000, 1000)]));

    private static WalletTopUp Placed(long amountFen, long bonusFen)
    {
        var topUp = WalletTopUp.Place(UserId, amountFen, bonusFen, $"key-{Guid.NewGuid():N}", Now);
        topUp.BilledBy(Guid.CreateVersion7());
        return topUp;
    }

    private static Wallet Funded(long paid, long bonus)
    {
        var wallet = Wallet.Open(UserId, Now);
        wallet.TopUp(Placed(paid, 0), Guid.CreateVersion7(), Now);
        if (bonus > 0)
        {
            wallet.Adjust(bonus, "Bonus", $"bonus-{Guid.NewGuid():N}", Now);
        }

        wallet.ClearDomainEvents();
        return wallet;
    }
}
