using GraphQL.Types;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Sales;

internal sealed class SaleGraphType : ObjectGraphType<SaleDto>
{
    public const string TypeName = "Sale";


    public SaleGraphType()
    {
        Name = TypeName;
        Description = "A limited-time price or flash sale of one course, bundle or plan, as an admin or its creator set it.";
        this.GlobalIdField(Name, s => s.Id);
        Field<NonNullGraphType<IdGraphType>>("offerId")
            .Description("The global id of what is on sale: a Course, or an Offer (bundle or plan).")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.OfferKind == OfferKind.Course ? CourseGraphType.TypeName : OfferGraphType.TypeName, ctx.Source.OfferId))
            .Projects(nameof(SaleDto.OfferKind), nameof(SaleDto.OfferId));
        Field<CourseGraphType>("course")
            .Description("The course on sale; null when a bundle or plan is.")
            .Resolve(ctx => ctx.Source.OfferKind == OfferKind.Course ? ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.OfferId) : null)
            .Projects(nameof(SaleDto.OfferKind), nameof(SaleDto.OfferId));
        Field<NonNullGraphType<SaleKindGraphType>>("kind").Description("Limited-time price or flash sale.").Resolve(ctx => ctx.Source.Kind);
        Field(s => s.Title).Description("What buyers see beside the price, e.g. 双十一限时优惠.");
        Field<NonNullGraphType<LongGraphType>>("price")
            .Description("The sale price in fen.")
            .Resolve(ctx => ctx.Source.PriceFen)
            .Projects(nameof(SaleDto.PriceFen));
        Field(s => s.StartsAt).Description("When the price starts.");
        Field(s => s.EndsAt).Description("When the price ends (unless ended early).");
        Field(s => s.Stock, nullable: true).Description("A flash sale's units in all; null for a limited-time price.");
        Field(s => s.Sold).Description("Units held by placed orders, paid or still pending.");
        Field(s => s.PerUserLimit, nullable: true).Description("Units one buyer may take at a flash sale's price.");
        Field<IdGraphType>("setByUserId")
            .Description("The global id of the creator or admin who set it; null for the platform's demo sales.")
            .Resolve(ctx => ctx.Source.SetByUserId is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null)
            .Projects(nameof(SaleDto.SetByUserId));
        Field(s => s.CreatedAt).Description("When it was set.");
        Field(s => s.EndedEarlyAt, nullable: true).Description("When someone ended it before its end.");
    }
}
