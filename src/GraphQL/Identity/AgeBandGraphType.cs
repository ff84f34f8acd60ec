using GraphQL.Types;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class AgeBandGraphType : EnumerationGraphType<AgeBand>
{
    public AgeBandGraphType()
    {
        Name = "AgeBand";
        Description = "An age range rather than a birth date.";
    }
}
