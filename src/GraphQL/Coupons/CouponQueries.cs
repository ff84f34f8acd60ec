using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Application.Coupons.Queries.GetClaimableCoupons;
using KnowledgePay.Application.Coupons.Queries.GetCoupons;
using KnowledgePay.Application.Coupons.Queries.GetMyCoupons;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Coupons;

internal static class CouponQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.ConnectionField<object?, UserCouponGraphType, UserCouponDto>(
                "myCoupons", (filters, CouponQuerySchema.MyFilter), (sorts, CouponQuerySchema.MySort))
            .Argument<UserCouponStateGraphType>("state", "Only copies in this state (available, locked, used, expired); all when left out.")
            .Description("Signed-in users: their claimed coupons, newest claim first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyCouponsQuery(
                ctx.GetArgument<UserCouponState?>("state"), ctx.ToQueryContext<UserCouponDto>(CouponQuerySchema.MyFilter))));

        query.ConnectionField<object?, CouponGraphType, CouponDto>(
                "claimableCoupons", (filters, CouponQuerySchema.ClaimableFilter), (sorts, CouponQuerySchema.Sort))
            .Description("Anyone: listed coupons that can be claimed now; for a signed-in user, without those they hold as many "
                + "copies of as allowed.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetClaimableCouponsQuery(ctx.ToQueryContext<CouponDto>(CouponQuerySchema.ClaimableFilter))));

        query.ConnectionField<object?, CouponGraphType, CouponDto>(
                "coupons", (filters, CouponQuerySchema.Filter), (sorts, CouponQuerySchema.Sort))
            .Description("Admins: every coupon, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetCouponsQuery(ctx.ToQueryContext<CouponDto>(CouponQuerySchema.Filter))));
    }
}
