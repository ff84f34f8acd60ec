using GraphQL.Types;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class PrivacyRequestStatusGraphType : EnumerationGraphType<PrivacyRequestStatus>
{
    public PrivacyRequestStatusGraphType()
    {
        Name = "PrivacyRequestStatus";
        Description = "Pending until it is fulfilled (completed) or withdrawn by the user (cancelled); both are final.";
    }
}
