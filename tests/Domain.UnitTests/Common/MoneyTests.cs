using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void KeepsAmountInFenWhenCreatedInCny()
    {
        var price = Money.Fen(4900);

        Assert.Equal(4900, price.AmountFen);
        Assert.Equal(Money.Cny, price.Currency);
    }

    [Fact]
    public void FailsWhenAmountIsNegative()
    {
        var error = Assert.Throws<DomainException>(() => Money.Fen(-1));

        Assert.Equal("MONEY_NEGATIVE", error.Code);
    }

    [Fact]
    public void FailsWhenCurrencyIsNotCny()
    {
        var error = Assert.Throws<DomainException>(() => Money.Fen(100, "USD"));

        Assert.Equal("MONEY_UNSUPPORTED_CURRENCY", error.Code);
    }

    [Fact]
    public void IsFreeWhenAmountIsZero()
    {
        Assert.True(Money.Fen(0).IsFree);
        Assert.False(Money.Fen(1).IsFree);
    }

    [Fact]
    public void EqualsAnotherAmountWhenFenAndCurrencyMatch()
    {
        Assert.Equal(Money.Fen(990), Money.Fen(990));
        Assert.NotEqual(Money.Fen(990), Money.Fen(991));
    }

    [Fact]
    public void PrintsYuanWithTwoDecimalsWhenFormatted()
    {
        Assert.Equal("49.05 CNY", Money.Fen(4905).ToString());
    }
}
