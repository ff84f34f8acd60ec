using GraphQL.Types;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.GraphQL.Offers;

internal sealed class OfferKindGraphType : EnumerationGraphType<OfferKind>
{
    public OfferKindGraphType()
    {
        Name = "OfferKind";
        Description = "A single course at its own price, a bundle (套餐, or a 专栏 series) or a membership plan (VIP).";
    }
}
