using GraphQL.Types;
using KnowledgePay.Application.Privacy.Commands.CreateDataExportLink;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class CreateDataExportLinkInputGraphType : InputObjectGraphType<CreateDataExportLinkCommand>
{
    public CreateDataExportLinkInputGraphType()
    {
        Name = "CreateDataExportLinkInput";
        this.IdField("privacyRequestId", PrivacyRequestGraphType.TypeName).Description("The completed data export request.");
    }
}
