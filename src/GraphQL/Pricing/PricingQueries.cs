using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Pricing.Queries.GetQuote;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Pricing;

internal static class PricingQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<QuoteGraphType>>("quote")
            .Description("What a cart costs the caller now, step by step (原价 / 优惠 / 实付). Anyone may ask; member prices, "
                + "owned courses and coupons need sign-in.")
            .Argument<NonNullGraphType<QuoteInputGraphType>>("input")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(ctx.GetArgument<GetQuoteQuery>("input")));
}
