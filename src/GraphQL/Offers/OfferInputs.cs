using GraphQL.Types;
using KnowledgePay.Application.Offers;
using KnowledgePay.Application.Offers.Commands.AddCourseToOffer;
using KnowledgePay.Application.Offers.Commands.CreateBundle;
using KnowledgePay.Application.Offers.Commands.CreateMembershipPlan;
using KnowledgePay.Application.Offers.Commands.RemoveCourseFromOffer;
using KnowledgePay.Application.Offers.Commands.RepriceOffer;
using KnowledgePay.Application.Offers.Commands.UpdateOffer;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Offers;

internal sealed class PriceGuardrailsInputGraphType : InputObjectGraphType<PriceGuardrailsInput>
{
    public PriceGuardrailsInputGraphType()
    {
        Name = "PriceGuardrailsInput";
        Description = "Admins: the limits no price or discount may cross.";
        Field(g => g.FloorFen).Description("The lowest price, in fen, that the list price and every discount must respect.");
        Field(g => g.MaxDiscountPercent).Description("The most, 0 to 100 %, that all discounts together may take off the list price.");
        Field(g => g.SalePriceStacksWithMemberPrice)
            .Description("Whether a limited-time price and a member price both apply; otherwise the lower one does.");
    }
}

internal sealed class CreateBundleInputGraphType : InputObjectGraphType<CreateBundleCommand>
{
    public CreateBundleInputGraphType()
    {
        Name = "CreateBundleInput";
        Field(c => c.Title).Description("1 to 120 characters.");
        Field(c => c.Description, nullable: true).Description("At most 2000 characters.");
        Field(c => c.Price).Description("The list price in fen, above 0.");
        this.IdListField("courseIds", CourseGraphType.TypeName).Description("At least 2 published courses; a creator names only their own.");
        Field(c => c.IsSeries).Description("A 专栏 series: courses added later reach everyone who bought it before.");
        Field<PriceGuardrailsInputGraphType>("guardrails")
            .Description("Admins only; left out, the bundle takes its courses' floors together and their strictest discount limit.");
    }
}

internal sealed class CreateMembershipPlanInputGraphType : InputObjectGraphType<CreateMembershipPlanCommand>
{
    public CreateMembershipPlanInputGraphType()
    {
        Name = "CreateMembershipPlanInput";
        Field(c => c.Title).Description("1 to 120 characters, e.g. 年卡.");
        Field(c => c.Description, nullable: true).Description("At most 2000 characters.");
        Field(c => c.Price).Description("The list price of one term in fen, above 0.");
        Field(c => c.MembershipDays).Description("How long one purchase lasts, 1 to 1098 days; a renewal adds it to the expiry.");
        this.IdListField("courseIds", CourseGraphType.TypeName).Description("The published courses it covers; empty for every course.");
        Field(c => c.MemberDiscountPercent).Description("0 to 99 % off the courses it does not cover, for its members.");
        Field<PriceGuardrailsInputGraphType>("guardrails").Description("Left out, none.");
    }
}

internal sealed class UpdateOfferInputGraphType : InputObjectGraphType<UpdateOfferCommand>
{
    public UpdateOfferInputGraphType()
    {
        Name = "UpdateOfferInput";
        this.IdField("offerId", OfferGraphType.TypeName);
        Field(c => c.Title).Description("1 to 120 characters.");
        Field(c => c.Description, nullable: true).Description("At most 2000 characters; null clears it.");
    }
}

internal sealed class RepriceOfferInputGraphType : InputObjectGraphType<RepriceOfferCommand>
{
    public RepriceOfferInputGraphType()
    {
        Name = "RepriceOfferInput";
        this.IdField("offerId", OfferGraphType.TypeName);
        Field(c => c.Price).Description("The new list price in fen, above 0 and not below the floor.");
        Field<PriceGuardrailsInputGraphType>("guardrails").Description("Admins only: new guardrails; left out, they stay.");
    }
}

internal sealed class AddCourseToOfferInputGraphType : InputObjectGraphType<AddCourseToOfferCommand>
{
    public AddCourseToOfferInputGraphType()
    {
        Name = "AddCourseToOfferInput";
        this.IdField("offerId", OfferGraphType.TypeName);
        this.IdField("courseId", CourseGraphType.TypeName).Description("A published course; a creator names only their own.");
    }
}

internal sealed class RemoveCourseFromOfferInputGraphType : InputObjectGraphType<RemoveCourseFromOfferCommand>
{
    public RemoveCourseFromOfferInputGraphType()
    {
        Name = "RemoveCourseFromOfferInput";
        this.IdField("offerId", OfferGraphType.TypeName);
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}

/// <summary>The input of withdrawOffer and putOfferOnSale: only the offer.</summary>
internal sealed record OfferIdInput(Guid OfferId);

internal sealed class WithdrawOfferInputGraphType : InputObjectGraphType<OfferIdInput>
{
    public WithdrawOfferInputGraphType()
    {
        Name = "WithdrawOfferInput";
        this.IdField("offerId", OfferGraphType.TypeName);
    }
}

internal sealed class PutOfferOnSaleInputGraphType : InputObjectGraphType<OfferIdInput>
{
    public PutOfferOnSaleInputGraphType()
    {
        Name = "PutOfferOnSaleInput";
        this.IdField("offerId", OfferGraphType.TypeName);
    }
}
