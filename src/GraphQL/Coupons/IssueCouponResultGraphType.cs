using GraphQL.Types;
using KnowledgePay.Application.Coupons.Commands.IssueCoupon;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class IssueCouponResultGraphType : ObjectGraphType<IssueCouponResult>
{
    public IssueCouponResultGraphType()
    {
        Name = "CouponIssue";
        Description = "How an issue to a list of users went.";
        Field<CouponGraphType>("coupon")
            .Description("The coupon after the issue.")
            .Resolve(ctx => ctx.Loader<CouponByIdLoader>().LoadAsync(ctx.Source.CouponId));
        Field(r => r.Issued).Description("Users who got a copy.");
        Field(r => r.SkippedAtLimit).Description("Users skipped because they hold as many copies as allowed.");
        Field(r => r.SkippedOutOfStock).Description("Users skipped because the stock ran out.");
        Field(r => r.UnknownUsers).Description("Ids that name no user.");
    }
}
