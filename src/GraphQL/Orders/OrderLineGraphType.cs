using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Pricing;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class OrderLineGraphType : ObjectGraphType<OrderLineDto>
{
    public const string TypeName = "OrderLine";

    public OrderLineGraphType()
    {
        Name = TypeName;
        Description = "One course, bundle or plan in an order, with the price steps it was charged at and what of it was refunded.";
        this.GlobalIdField(TypeName, l => l.Id);
        this.AddOfferFields(l => l.Kind, l => l.OfferId);
        Field(l => l.Title).Description("The title when ordered.");
        Field(l => l.IsGift).Description("Bought for someone else.");
        Field<IdGraphType>("groupBuyId")
            .Description("The global id of the group (拼团) it was bought in: access opens when the group fills.")
            .Resolve(ctx => ctx.Source.GroupBuyId is { } id ? GlobalId.Encode(GroupBuying.GroupBuyGraphType.TypeName, id) : null);
        Field<NonNullGraphType<MoneyGraphType>>("list").Description("原价 when ordered.").Resolve(ctx => MoneyValue.Cny(ctx.Source.ListFen));
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("实付: what the line was charged.").Resolve(ctx => MoneyValue.Cny(ctx.Source.AmountFen));
        Field<NonNullGraphType<MoneyGraphType>>("refunded").Description("How much of it came back.").Resolve(ctx => MoneyValue.Cny(ctx.Source.RefundedFen));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceStepGraphType>>>>("steps")
            .Description("The price steps as charged; they add up to amount.")
            .Resolve(ctx => ctx.Source.Steps.OrderBy(s => s.Position).Select(s => new PriceStepDto(s.Kind, s.AmountFen, s.Reason)));
    }
}
