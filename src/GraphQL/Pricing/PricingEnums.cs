using GraphQL.Types;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class PriceStepKindGraphType : EnumerationGraphType<PriceStepKind>
{
    public PriceStepKindGraphType()
    {
        Name = "PriceStepKind";
        Description = "A step from the list price to the price paid, in the order the pricing engine applies them.";
    }
}
