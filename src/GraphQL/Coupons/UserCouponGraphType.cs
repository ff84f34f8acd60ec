using GraphQL.Types;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Application.Coupons.Queries.GetUserCoupon;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class UserCouponGraphType : ObjectGraphType<UserCouponDto>
{
    public const string TypeName = "UserCoupon";

    public UserCouponGraphType()
    {
        Description = "A user's claimed copy of a coupon: pass its code as an order's couponCode to use it.";
        this.ImplementNode(
            TypeName, u => u.Id, (ctx, id) => DataLoaderResults.Deferred(() => ctx.SendQueryAsync(new GetUserCouponQuery(id))));
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("What to send as couponCode in quote and createOrder to use this copy.")
            .Resolve(ctx => ctx.Source.Code)
            .Projects(nameof(UserCouponDto.Id));
        Field<CouponGraphType>("coupon")
            .Description("The coupon it is a copy of: its discount and scope.")
            .Resolve(ctx => ctx.Loader<CouponByIdLoader>().LoadAsync(ctx.Source.CouponId))
            .Projects(nameof(UserCouponDto.CouponId));
        Field<NonNullGraphType<UserCouponStateGraphType>>("state")
            .Description("Available, locked by an unpaid order, used or expired.")
            .Resolve(ctx => ctx.Source.State)
            .Projects(nameof(UserCouponDto.State), nameof(UserCouponDto.ValidUntil));
        Field(u => u.ValidFrom).Description("Usable from.");
        Field(u => u.ValidUntil).Description("Usable until (exclusive).");
        Field<IdGraphType>("orderId")
            .Description("The order holding or having used it; null while available.")
            .Resolve(ctx => ctx.Source.OrderId is { } id ? GlobalId.Encode("Order", id) : null)
            .Projects(nameof(UserCouponDto.OrderId));
        Field(u => u.ClaimedAt).Description("When it was claimed or issued.");
        Field(u => u.UsedAt, nullable: true).Description("When its order was paid.");
    }
}
