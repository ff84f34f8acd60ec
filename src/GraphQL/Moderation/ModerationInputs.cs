using GraphQL.Types;
using KnowledgePay.Application.Moderation.Commands.ReportContent;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.GraphQL.Moderation;

/// <summary>The content a moderator decides on.</summary>
internal sealed record ModerateContentInput(ModeratedContentKind Kind, Guid ContentId);

internal sealed class ModerateContentInputGraphType : InputObjectGraphType<ModerateContentInput>
{
    public ModerateContentInputGraphType()
    {
        Name = "ModerateContentInput";
        Field(c => c.Kind, type: typeof(NonNullGraphType<ModeratedContentKindGraphType>)).Description("What kind of content it is.");
        Field<NonNullGraphType<IdGraphType>>("contentId")
            .Description("The content's global id (a nickname's is its user's id).")
            .ParseValue(ModeratedContentIds.Parse);
    }
}

internal sealed class ReportContentInputGraphType : InputObjectGraphType<ReportContentCommand>
{
    public ReportContentInputGraphType()
    {
        Name = "ReportContentInput";
        Field(c => c.Kind, type: typeof(NonNullGraphType<ModeratedContentKindGraphType>)).Description("What kind of content it is.");
        Field<NonNullGraphType<IdGraphType>>("contentId")
            .Description("The content's global id (a nickname's is its user's id).")
            .ParseValue(ModeratedContentIds.Parse);
        Field(c => c.Reason).Description($"What is wrong with it, 1 to {ModerationLimits.ReportReasonLength} characters.");
    }
}
