using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Coupons.Commands.ClaimCoupon;
using KnowledgePay.Application.Coupons.Commands.CreateCoupon;
using KnowledgePay.Application.Coupons.Commands.EndCoupon;
using KnowledgePay.Application.Coupons.Commands.IssueCoupon;
using KnowledgePay.Application.Coupons.Commands.UpdateCoupon;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Coupons;

/// <summary>Claiming coupons (learners) and defining, ending and issuing them (admins).</summary>
internal static class CouponMutations
{
    private static readonly (string, Type, string) Coupon =
        ("coupon", typeof(CouponGraphType), "The coupon after the change; null when errors is set.");

    private static readonly Type[] DefinitionErrors =
    [
        typeof(NotFoundErrorGraphType), typeof(CouponTitleInvalidErrorGraphType), typeof(CouponAmountsInvalidErrorGraphType),
        typeof(CouponScopeInvalidErrorGraphType), typeof(CouponValidityInvalidErrorGraphType), typeof(CouponStockInvalidErrorGraphType),
        typeof(CouponPerUserLimitInvalidErrorGraphType), typeof(CouponCodeInvalidErrorGraphType), typeof(CouponCodeTakenErrorGraphType),
        typeof(ConflictErrorGraphType),
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ClaimCouponInputGraphType>(
                "claimCoupon",
                ("userCoupon", typeof(UserCouponGraphType), "The claimed copy; null when errors is set."),
                typeof(NotFoundErrorGraphType), typeof(CouponUnknownErrorGraphType), typeof(CouponNotClaimableErrorGraphType),
                typeof(CouponEndedErrorGraphType), typeof(CouponExpiredErrorGraphType), typeof(CouponOutOfStockErrorGraphType),
                typeof(CouponPerUserLimitReachedErrorGraphType), typeof(CouponNewcomerOnlyErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in learners: claims a copy of a listed coupon by id, or of any active coupon by its code; it then "
                + "shows in myCoupons, and its code goes into createOrder's couponCode.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ClaimCouponCommand>("input")));

        mutation.MutationField<CreateCouponInputGraphType>("createCoupon", Coupon, DefinitionErrors)
            .Description("Admins: defines a coupon, active at once.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateCouponCommand>("input")));

        mutation.MutationField<UpdateCouponInputGraphType>(
                "updateCoupon", Coupon, [.. DefinitionErrors, typeof(CouponTermsFrozenErrorGraphType), typeof(CouponEndedErrorGraphType)])
            .Description("Admins: replaces a coupon's definition. Once users hold copies, only the title, stock (not below the "
                + "claimed count), per-user limit, isPublic and returnsOnRefund may change.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateCouponCommand>("input")));

        mutation.MutationField<EndCouponInputGraphType>(
                "endCoupon", Coupon, typeof(NotFoundErrorGraphType), typeof(CouponEndedErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: stops claims and typed codes; copies users hold keep working until they expire.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EndCouponCommand>("input")));

        mutation.MutationField<IssueCouponInputGraphType>(
                "issueCoupon",
                ("issue", typeof(IssueCouponResultGraphType), "How many users got a copy and how many were skipped; null when errors is set."),
                typeof(NotFoundErrorGraphType), typeof(CouponEndedErrorGraphType), typeof(CouponExpiredErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Admins (campaigns): gives a copy to each user, listed coupon or not; skips users at the per-user limit "
                + "and everyone once the stock runs out.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<IssueCouponCommand>("input")));
    }
}
