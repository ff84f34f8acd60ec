using GraphQL.Types;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Application.Pricing.Queries.GetQuote;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.GroupBuying;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class CartLineInputGraphType : InputObjectGraphType<LineRequest>
{
    public CartLineInputGraphType()
    {
        Name = "CartLineInput";
        Description = "One line of a cart: set courseId for a single course, or offerId for a bundle or membership plan.";
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("A course, bought at its own price.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("A bundle or a membership plan.");
        Field<BooleanGraphType>("asGift").DefaultValue(false).Description("Buy it for someone else: you get a gift code to pass on.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new LineRequest(
        value.TryGetValue("courseId", out var course) ? (Guid?)course : null,
        value.TryGetValue("offerId", out var offer) ? (Guid?)offer : null,
        value.TryGetValue("asGift", out var gift) && gift is true);
}

internal sealed class QuoteInputGraphType : InputObjectGraphType<GetQuoteQuery>
{
    public QuoteInputGraphType()
    {
        Name = "QuoteInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CartLineInputGraphType>>>>("lines").Description("What to buy.");
        Field(q => q.CouponCode, nullable: true).Description("A coupon to apply: one of myCoupons, or a code typed in.");
        Field<GroupBuyInputGraphType>("groupBuy").Description("Price the one line in a group (拼团), as createOrder would.");
    }
}
