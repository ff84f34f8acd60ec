using GraphQL.Types;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.GraphQL.Offers;

internal sealed class OfferKindGraphType : EnumerationGraphType<OfferKind>
{
    public OfferKindGraphType()
    {
        Name = "OfferKind";
        Description = "What is sold or given: one course, a bundle of courses, or a membership plan.";
    }
}
