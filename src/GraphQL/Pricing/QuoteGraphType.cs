using GraphQL.Types;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class QuoteGraphType : ObjectGraphType<QuoteDto>
{
    public QuoteGraphType()
    {
        Name = "Quote";
        Description = "A priced cart. createOrder with the same lines and coupon charges exactly total (pass it as expectedTotalFen).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinePriceGraphType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<MoneyGraphType>>("listTotal").Description("原价: the list prices together.").Resolve(ctx => MoneyValue.Cny(ctx.Source.ListTotalFen));
        Field<NonNullGraphType<MoneyGraphType>>("discount").Description("优惠: everything taken off.").Resolve(ctx => MoneyValue.Cny(ctx.Source.DiscountFen));
        Field<NonNullGraphType<MoneyGraphType>>("total").Description("实付: what the order will charge.").Resolve(ctx => MoneyValue.Cny(ctx.Source.TotalFen));
        Field(q => q.CouponApplied).Description("Whether the coupon given takes something off.");
    }
}
