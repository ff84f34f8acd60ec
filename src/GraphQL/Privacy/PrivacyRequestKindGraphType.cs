using GraphQL.Types;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class PrivacyRequestKindGraphType : EnumerationGraphType<PrivacyRequestKind>
{
    public PrivacyRequestKindGraphType()
    {
        Name = "PrivacyRequestKind";
        Description = "A copy of the user's personal data (data export) or the erasure of the account (account deletion).";
    }
}
