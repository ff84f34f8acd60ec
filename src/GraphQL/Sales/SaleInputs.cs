using GraphQL.Types;
using KnowledgePay.Application.Sales.Commands.EndSale;
using KnowledgePay.Application.Sales.Commands.ScheduleSale;
using KnowledgePay.Application.Sales.Commands.UpdateSale;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Sales;

internal sealed class ScheduleSaleInputGraphType : InputObjectGraphType<ScheduleSaleCommand>
{
    public ScheduleSaleInputGraphType()
    {
        Name = "ScheduleSaleInput";
        Description = "What goes on sale (a course or an offer, exactly one), at what price, when, and for a flash sale how many.";
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("The course on sale.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("The bundle or plan on sale.");
        Field(c => c.Kind, type: typeof(NonNullGraphType<SaleKindGraphType>)).Description("Limited-time price or flash sale.");
        Field(c => c.Title).Description("What buyers see beside the price, 1 to 60 characters, e.g. 限时优惠.");
        Field(c => c.Price).Description("The sale price in fen: below the list price, within the offer's guardrails.");
        Field(c => c.StartsAt).Description("When the price starts (may be now or earlier: it starts at once).");
        Field(c => c.EndsAt).Description("When the price ends: after the start, in the future, at most 366 days later.");
        Field(c => c.Stock, nullable: true).Description("Flash sales only: units in all, 1 to 1,000,000.");
        Field(c => c.PerUserLimit, nullable: true).Description("Flash sales only: units one buyer may take, 1 to 100.");
    }
}

internal sealed class UpdateSaleInputGraphType : InputObjectGraphType<UpdateSaleCommand>
{
    public UpdateSaleInputGraphType()
    {
        Name = "UpdateSaleInput";
        Description = "Replaces every term of a sale that has not ended; a running sale keeps its start, a flash sale at least its sold units.";
        this.IdField("saleId", SaleGraphType.TypeName);
        Field(c => c.Title).Description("1 to 60 characters.");
        Field(c => c.Price).Description("In fen: below the list price, within the offer's guardrails.");
        Field(c => c.StartsAt).Description("When the price starts.");
        Field(c => c.EndsAt).Description("When the price ends.");
        Field(c => c.Stock, nullable: true).Description("Flash sales only: units in all, not below those sold.");
        Field(c => c.PerUserLimit, nullable: true).Description("Flash sales only: units one buyer may take.");
    }
}

internal sealed class EndSaleInputGraphType : InputObjectGraphType<EndSaleCommand>
{
    public EndSaleInputGraphType()
    {
        Name = "EndSaleInput";
        this.IdField("saleId", SaleGraphType.TypeName);
    }
}
