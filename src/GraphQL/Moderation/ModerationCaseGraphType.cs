using GraphQL.Types;
using KnowledgePay.Application.Moderation.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Moderation;

internal sealed class ModerationCaseGraphType : ObjectGraphType<ModerationCaseDto>
{
    public ModerationCaseGraphType()
    {
        Name = "ModerationCase";
        Description = "A piece of held or reported content waiting for a moderator, or decided by one.";
        this.GlobalIdField(Name, c => c.Id);
        Field(c => c.Kind, type: typeof(NonNullGraphType<ModeratedContentKindGraphType>)).Description("What kind of content it is.");
        Field<NonNullGraphType<IdGraphType>>("contentId")
            .Description("The content's global id, as approveContent, hideContent and restoreContent take it.")
            .Resolve(ctx => ModeratedContentIds.Encode(ctx.Source.Kind, ctx.Source.ContentId));
        Field<NonNullGraphType<IdGraphType>>("authorId")
            .Description("The global id of the user who wrote it.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.AuthorId));
        Field<IdGraphType>("courseId")
            .Description("The global id of the course it belongs to; null for profile text.")
            .Resolve(ctx => ctx.Source.CourseId is { } id ? GlobalId.Encode(CourseGraphType.TypeName, id) : null);
        Field(c => c.Text).Description("The text as it was when last held or reported.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModerationHoldReasonGraphType>>>>("reasons")
            .Description("Why it is in the queue, in the order the reasons came; empty when a moderator acted on unflagged content.")
            .Resolve(ctx => ctx.Source.Reasons);
        Field(c => c.ReportCount).Description("How many users reported it while the case was open.");
        Field(c => c.Status, type: typeof(NonNullGraphType<ModerationCaseStatusGraphType>)).Description("OPEN until decided.");
        Field(c => c.Decision, type: typeof(ModerationDecisionGraphType)).Description("What the moderator did; null while open.");
        Field<IdGraphType>("moderatorId")
            .Description("The global id of the user who decided; null while open.")
            .Resolve(ctx => ctx.Source.ModeratorId is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null);
        Field(c => c.OpenedAt).Description("When the content was first held or reported.");
        Field(c => c.DecidedAt, nullable: true).Description("When the moderator decided.");
    }
}
