using GraphQL.Types;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;
using KnowledgePay.GraphQL.PaymentMethods;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class LinePriceGraphType : ObjectGraphType<LinePriceDto>
{
    public LinePriceGraphType()
    {
        Name = "LinePrice";
        Description = "What one course or offer costs the caller now: 原价 (list), 优惠 (steps), 实付 (final).";
        this.AddOfferFields(l => l.Kind, l => l.OfferId);
        Field(l => l.Title).Description("The course's or offer's title.");
        Field(l => l.IsGift).Description("Bought for someone else.");
        Field<NonNullGraphType<MoneyGraphType>>("list").Description("原价: the list price.").Resolve(ctx => MoneyValue.Cny(ctx.Source.ListFen));
        Field<NonNullGraphType<MoneyGraphType>>("final").Description("实付: what the caller pays for it.").Resolve(ctx => MoneyValue.Cny(ctx.Source.AmountFen));
        Field<NonNullGraphType<MoneyGraphType>>("discount")
            .Description("优惠: list minus final.")
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.ListFen - ctx.Source.AmountFen));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceStepGraphType>>>>("steps")
            .Description("From the list price to the final price; the amounts add up to final.")
            .Resolve(ctx => ctx.Source.Steps);
        Field<NonNullGraphType<PurchaseOptionsGraphType>>("purchase")
            .Description("Whether and how the caller can pay for it on their platform.")
            .ResolveAsync(async ctx => await ctx.PurchaseOptionsAsync());
        Field(l => l.SaleEndsAt, nullable: true).Description("When the limited-time or flash-sale price applied ends, for a countdown; null without one.");
    }
}
