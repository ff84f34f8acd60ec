using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Offers.Commands.AddCourseToOffer;
using KnowledgePay.Application.Offers.Commands.CreateBundle;
using KnowledgePay.Application.Offers.Commands.CreateMembershipPlan;
using KnowledgePay.Application.Offers.Commands.RemoveCourseFromOffer;
using KnowledgePay.Application.Offers.Commands.RepriceOffer;
using KnowledgePay.Application.Offers.Commands.SetOfferOnSale;
using KnowledgePay.Application.Offers.Commands.UpdateOffer;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Offers;

/// <summary>Offer management: admins every bundle and plan; creators the bundles of their own courses, within guardrails.</summary>
internal static class OfferMutations
{
    private static readonly (string, Type, string) Offer =
        ("offer", typeof(OfferGraphType), "The offer as it stands after the change; null when errors is set.");

    /// <summary>What choosing an offer's courses can meet besides bad input.</summary>
    private static readonly Type[] CourseErrors =
        [typeof(NotFoundErrorGraphType), typeof(OfferCourseNotPublishedErrorGraphType), typeof(OfferTooManyCoursesErrorGraphType)];

    /// <summary>What pricing an offer can meet besides bad input.</summary>
    private static readonly Type[] PriceErrors =
        [typeof(PriceBelowFloorErrorGraphType), typeof(PriceGuardrailsInvalidErrorGraphType), typeof(OfferFreeErrorGraphType)];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateBundleInputGraphType>(
                "createBundle", Offer, [.. CourseErrors, .. PriceErrors, typeof(BundleTooSmallErrorGraphType)])
            .Description("Puts published courses on sale together at one price: admins any courses (and may set guardrails), "
                + "creators their own courses within their guardrails.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateBundleCommand>("input")));

        mutation.MutationField<CreateMembershipPlanInputGraphType>(
                "createMembershipPlan",
                Offer,
                [.. CourseErrors, .. PriceErrors, typeof(MembershipDaysInvalidErrorGraphType), typeof(MemberDiscountInvalidErrorGraphType)])
            .Description("Admins: a membership plan covering every course or a chosen set, with member prices on the rest.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateMembershipPlanCommand>("input")));

        mutation.MutationField<UpdateOfferInputGraphType>("updateOffer", Offer, typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Replaces an offer's title and description.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateOfferCommand>("input")));

        mutation.MutationField<RepriceOfferInputGraphType>(
                "repriceOffer", Offer, [typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType), .. PriceErrors])
            .Description("Sets an offer's list price, and (admins only) its guardrails; the audit log records both.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RepriceOfferCommand>("input")));

        mutation.MutationField<AddCourseToOfferInputGraphType>(
                "addCourseToOffer", Offer, [.. CourseErrors, typeof(ConflictErrorGraphType), typeof(PlanCoversAllCoursesErrorGraphType)])
            .Description("Adds a published course to a bundle or a plan's chosen set; earlier buyers of a series gain it too.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<AddCourseToOfferCommand>("input")));

        mutation.MutationField<RemoveCourseFromOfferInputGraphType>(
                "removeCourseFromOffer",
                Offer,
                typeof(NotFoundErrorGraphType),
                typeof(ConflictErrorGraphType),
                typeof(OfferCourseNotInOfferErrorGraphType),
                typeof(SeriesKeepsCoursesErrorGraphType),
                typeof(BundleTooSmallErrorGraphType),
                typeof(PlanNeedsACourseErrorGraphType))
            .Description("Takes a course out of a bundle (never a series) or a plan's chosen set; earlier buyers keep what they got.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RemoveCourseFromOfferCommand>("input")));

        mutation.MutationField<WithdrawOfferInputGraphType>("withdrawOffer", Offer, typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Takes an offer off sale; buyers keep what they bought.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new SetOfferOnSaleCommand(ctx.GetArgument<OfferIdInput>("input").OfferId, OnSale: false)));

        mutation.MutationField<PutOfferOnSaleInputGraphType>("putOfferOnSale", Offer, typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Puts a withdrawn offer back on sale.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new SetOfferOnSaleCommand(ctx.GetArgument<OfferIdInput>("input").OfferId, OnSale: true)));
    }
}
