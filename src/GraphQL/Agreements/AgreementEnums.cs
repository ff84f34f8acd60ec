using GraphQL.Types;
using KnowledgePay.Application.Agreements.Queries;
using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.GraphQL.Agreements;

internal sealed class AgreementKindGraphType : EnumerationGraphType<AgreementKind>
{
    public AgreementKindGraphType()
    {
        Name = "AgreementKind";
        Description = "The user agreement or the privacy policy.";
    }
}

internal sealed class AgreementPlatformGraphType : EnumerationGraphType<AgreementPlatform>
{
    public AgreementPlatformGraphType()
    {
        Name = "AgreementPlatform";
        Description = "Where the user accepted, as wx.getDeviceInfo().platform names it.";
    }
}

internal sealed class ConsentKindGraphType : EnumerationGraphType<ConsentKind>
{
    public ConsentKindGraphType()
    {
        Name = "ConsentKind";
        Description = "Personalisation or marketing consent, or the acceptance of the user agreement or privacy policy.";
    }
}
