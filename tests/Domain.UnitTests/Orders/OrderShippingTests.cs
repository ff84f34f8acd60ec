using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.UnitTests.Orders;

public sealed class OrderShippingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid CourseId = Guid.CreateVersion7();

    [Fact]
    public void KeepsTheFirstTimeWeChatAcceptedTheShipping()
    {
        var order = Placed();
        order.MarkPaid("4200000001", Now);
        var before = order.Version;

        order.RecordShipping(Now.AddMinutes(1));
        order.RecordShipping(Now.AddMinutes(5));

        Assert.Equal(Now.AddMinutes(1), order.ShippingRecordedAt);
        Assert.Equal(before + 1, order.Version);
    }

    [Fact]
    public void RefusesToRecordShippingForAnUnpaidOrder()
    {
        var order = Placed();

        Assert.Throws<InvalidOperationException>(() => order.RecordShipping(Now));

        Assert.Null(order.ShippingRecordedAt);
    }

    private static Order Placed() => Order.Place(
        Guid.CreateVersion7(),
        PricingEngine.Price([new PricingLine(OfferRef.ForCourse(CourseId), "Deep Learning", 4900, PriceGuardrails.None, [CourseId], [])], null),
        "client-key-1",
        PaymentChannel.WeChatPayJsapi,
        Now,
        TimeSpan.FromMinutes(30));
}
