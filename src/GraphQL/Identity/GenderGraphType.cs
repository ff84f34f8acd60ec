using GraphQL.Types;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class GenderGraphType : EnumerationGraphType<Gender>
{
    public GenderGraphType()
    {
        Name = "Gender";
        Description = "The gender a user chose to share, if any.";
    }
}
