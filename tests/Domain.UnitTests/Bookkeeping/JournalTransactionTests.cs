using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Common;
using static KnowledgePay.Domain.Bookkeeping.JournalAccount;

namespace KnowledgePay.Domain.UnitTests.Bookkeeping;

public sealed class JournalTransactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RefusesPostingsThatDoNotAddUpToZero()
    {
        var refusal = Assert.Throws<DomainException>(() => Balanced(new(PlatformRevenue, null, 100), new(WeChatPayClearing, null, -99)));

        Assert.Equal(BookkeepingErrors.UnbalancedCode, refusal.Code);
    }

    [Fact]
    public void RefusesAPerUserAccountWithoutItsUser()
    {
        var refusal = Assert.Throws<DomainException>(() => Balanced(new(UserWallet, null, 100), new(WeChatPayClearing, null, -100)));

        Assert.Equal(BookkeepingErrors.UserRequiredCode, refusal.Code);
    }

    [Fact]
    public void RefusesAUserOnAPlatformAccount()
    {
        var refusal = Assert.Throws<DomainException>(() => Balanced(new(PlatformRevenue, Guid.NewGuid(), 100), new(WeChatPayClearing, null, -100)));

        Assert.Equal(BookkeepingErrors.UserNotAllowedCode, refusal.Code);
    }

    [Fact]
    public void MergesLegsOnTheSameAccountAndDropsWhatComesToNothing()
    {
        var user = Guid.NewGuid();

        var transaction = Balanced(
            new(PlatformRevenue, null, 300), new(PlatformRevenue, null, 200), new(UserWallet, user, -500), new(UserBonus, user, 0));

        Assert.Equal([(PlatformRevenue, 500L, 0), (UserWallet, -500L, 1)], transaction.Postings.Select(p => (p.Account, p.AmountFen, p.Leg)));
        Assert.All(transaction.Postings, p => Assert.Equal("test:1", p.TransactionKey));
    }

    private static JournalTransaction Balanced(params JournalLeg[] legs) =>
        JournalTransaction.Balanced("test:1", JournalCause.WalletAdjustment, null, Now, legs);
}
