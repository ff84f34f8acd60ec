using GraphQL.Types;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class RoleGraphType : EnumerationGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "Learners buy and study, creators manage their own courses, admins manage everything.";
    }
}
