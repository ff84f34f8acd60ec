using KnowledgePay.Application.Coupons.Commands.ClaimCoupon;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>A fresh <see cref="CouponsApp"/> per test, with the order events as an order's save would raise them, handled by the coupon feature alone (no order rows exist).</summary>
public abstract class CouponTest(CouponsApp app) : IAsyncLifetime
{
    protected CouponsApp App { get; } = app;

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();

    protected Task<UserCouponDto> ClaimAsync(Guid couponId)
    {
        App.SignInAsBuyer();
        return App.SendAsync<UserCouponDto>(new ClaimCouponCommand(couponId, null));
    }

    protected Task<int> PlaceAsync(Guid orderId, Guid userCouponId, Guid? userId = null) =>
        App.HandleAsCouponsAsync(new OrderPlacedEvent(orderId, userId ?? App.Buyer.Id, 3900, [], userCouponId));

    protected Task<int> PayAsync(Guid orderId, Guid userCouponId) =>
        App.HandleAsCouponsAsync(new OrderPaidEvent(orderId, App.Buyer.Id, 3900, [], userCouponId, PaymentChannel.WeChatPayJsapi));

    protected Task<int> CloseAsync(Guid orderId, Guid userCouponId) =>
        App.HandleAsCouponsAsync(new OrderClosedEvent(orderId, App.Buyer.Id, OrderCloseReason.Expired, [], userCouponId));

    protected Task<int> RefundAsync(Guid orderId, Guid userCouponId, bool fully) =>
        App.HandleAsCouponsAsync(new OrderRefundedEvent(orderId, App.Buyer.Id, Guid.CreateVersion7(), fully ? 3900 : 100, fully, [], userCouponId, PaymentChannel.WeChatPayJsapi));

    protected static async Task<string> ErrorCodeAsync(Func<Task> act) => (await Assert.ThrowsAsync<DomainException>(act)).Code;
}
