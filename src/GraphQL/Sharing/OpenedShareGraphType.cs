using GraphQL.Types;
using KnowledgePay.Application.Sharing.Commands.OpenSharedLink;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Sharing;

/// <summary>What opening a share gives the mini program: the course to show.</summary>
internal sealed class OpenedShareGraphType : ObjectGraphType<OpenedShareDto>
{
    public OpenedShareGraphType()
    {
        Name = "OpenedShare";
        Description = "The course a share leads to.";
        Field<NonNullGraphType<IdGraphType>>("shareId")
            .Description("The global id of the share.")
            .Resolve(ctx => GlobalId.Encode(ShareGraphType.TypeName, ctx.Source.ShareId));
        Field<NonNullGraphType<IdGraphType>>("courseId")
            .Description("The global id of the course to open.")
            .Resolve(ctx => GlobalId.Encode(CourseGraphType.TypeName, ctx.Source.CourseId));
        Field<CourseGraphType>("course")
            .Description("The course; null when it is no longer listed.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(s => s.FirstVisit)
            .Description("True when this was the caller's first visit through the share (never for the sharer).");
    }
}
