using GraphQL.Types;
using KnowledgePay.Application.Pricing.Queries;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class PriceStepGraphType : ObjectGraphType<PriceStepDto>
{
    public PriceStepGraphType()
    {
        Name = "PriceStep";
        Description = "One step of a price, with its reason for the buyer: the list price, then each discount (negative) or guardrail correction.";
        Field<NonNullGraphType<PriceStepKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<LongGraphType>>("amount")
            .Description("Signed fen: positive for the list price and corrections, negative for discounts.")
            .Resolve(ctx => ctx.Source.AmountFen);
        Field(s => s.Reason).Description("Why, in words the mini program shows as is (e.g. 限时优惠, a coupon's name).");
    }
}
