using GraphQL.Types;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class LinePriceGraphType : ObjectGraphType<LinePriceDto>
{
    public LinePriceGraphType()
    {
        Name = "LinePrice";
        Description = "What one course or offer costs the caller now: 原价 (list), 优惠 (steps), 实付 (final).";
        Field<NonNullGraphType<OfferKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("offerId")
            .Description("The course's global id for kind COURSE, else the bundle's or plan's.")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.Kind == OfferKind.Course ? CourseGraphType.TypeName : OfferGraphType.TypeName, ctx.Source.OfferId));
        Field<CourseGraphType>("course")
            .Description("The course, for kind COURSE; null otherwise.")
            .Resolve(ctx => ctx.Source.Kind == OfferKind.Course ? ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.OfferId) : null);
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
        Field(l => l.SaleEndsAt, nullable: true).Description("When the limited-time or flash-sale price applied ends, for a countdown; null without one.");
    }
}
