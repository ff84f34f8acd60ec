using GraphQL.Types;
using KnowledgePay.Application.Sharing.Commands.CreateShareLink;
using KnowledgePay.Application.Sharing.Commands.OpenSharedLink;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Sharing;

internal sealed class ShareLinkInputGraphType : InputObjectGraphType<CreateShareLinkCommand>
{
    public ShareLinkInputGraphType()
    {
        Name = "ShareLinkInput";
        this.IdField("courseId", CourseGraphType.TypeName).Description("The published course to share.");
    }
}

internal sealed class OpenSharedLinkInputGraphType : InputObjectGraphType<OpenSharedLinkCommand>
{
    public OpenSharedLinkInputGraphType()
    {
        Name = "OpenSharedLinkInput";
        Field(c => c.Scene).Description("The scene from the opened path (?scene=) or the scanned 小程序码.");
    }
}
