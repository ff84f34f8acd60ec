using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Domain.UnitTests.Risk;

/// <summary>The documented defaults: 3 refunds, or half of at least 4 paid orders refunded; a consumed refund counts twice.</summary>
public sealed class RefundAbuseThresholdsTests
{
    private static readonly RefundAbuseThresholds Defaults = new(MaxRefunds: 3, MinPaidOrdersForShare: 4, RefundedShare: 0.5, ConsumedRefundWeight: 2);

    [Theory]
    [InlineData(1, 0, 3, 1)]
    [InlineData(2, 0, 2, 2)]
    [InlineData(2, 0, 5, 2)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(0, 0, 10, 0)]
    public void NormalUseStaysBelow(int refunds, int consumed, int paidOrders, int refundedOrders) =>
        Assert.False(Defaults.Crossed(refunds, consumed, paidOrders, refundedOrders));

    [Theory]
    [InlineData(3, 0, 3, 3)]
    [InlineData(10, 0, 10, 10)]
    [InlineData(2, 0, 4, 2)]
    [InlineData(2, 1, 9, 2)]
    public void AbuseCrosses(int refunds, int consumed, int paidOrders, int refundedOrders) =>
        Assert.True(Defaults.Crossed(refunds, consumed, paidOrders, refundedOrders));

    [Fact]
    public void AConsumedRefundCountsTwiceTowardsTheCount()
    {
        Assert.False(Defaults.Crossed(refunds: 2, consumedRefunds: 0, paidOrders: 9, refundedOrders: 2));
        Assert.True(Defaults.Crossed(refunds: 2, consumedRefunds: 1, paidOrders: 9, refundedOrders: 2));
    }

    [Fact]
    public void TheShareNeedsEnoughPaidOrders()
    {
        Assert.False(Defaults.Crossed(refunds: 2, consumedRefunds: 0, paidOrders: 3, refundedOrders: 2));
        Assert.True(Defaults.Crossed(refunds: 2, consumedRefunds: 0, paidOrders: 4, refundedOrders: 2));
        Assert.False(Defaults.Crossed(refunds: 2, consumedRefunds: 0, paidOrders: 5, refundedOrders: 2));
    }
}
