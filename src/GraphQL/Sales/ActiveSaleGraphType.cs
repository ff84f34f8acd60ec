using GraphQL.Types;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Sales;

internal sealed class ActiveSaleGraphType : ObjectGraphType<ActiveSaleDto>
{
    public ActiveSaleGraphType()
    {
        Name = "ActiveSale";
        Description = "The sale the caller gets on a course right now, with what a countdown needs.";
        Field<NonNullGraphType<IdGraphType>>("saleId")
            .Description("The global id of the sale.")
            .Resolve(ctx => GlobalId.Encode(SaleGraphType.TypeName, ctx.Source.SaleId));
        Field<NonNullGraphType<SaleKindGraphType>>("kind").Description("Limited-time price or flash sale.").Resolve(ctx => ctx.Source.Kind);
        Field(s => s.Title).Description("What to show beside the price, e.g. 限时优惠.");
        Field<NonNullGraphType<LongGraphType>>("price").Description("The sale price in fen.").Resolve(ctx => ctx.Source.PriceFen);
        Field(s => s.EndsAt).Description("When the price ends: the countdown's target.");
        Field(s => s.StockLeft, nullable: true).Description("Units a flash sale has left; null for a limited-time price.");
    }
}
