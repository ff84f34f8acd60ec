using GraphQL.Types;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class OfferKindGraphType : EnumerationGraphType<OfferKind>
{
    public OfferKindGraphType()
    {
        Name = "OfferKind";
        Description = "What is sold: one course, a bundle (套餐 or series), or a membership plan.";
    }
}

internal sealed class PriceStepKindGraphType : EnumerationGraphType<PriceStepKind>
{
    public PriceStepKindGraphType()
    {
        Name = "PriceStepKind";
        Description = "A step from the list price to the price paid, in the order the pricing engine applies them.";
    }
}
