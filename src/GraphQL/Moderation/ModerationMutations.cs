using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Moderation.Commands.ModerateContent;
using KnowledgePay.Application.Moderation.Commands.ReportContent;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Moderation;

internal static class ModerationMutations
{
    private static readonly (string, Type, string) Case =
        ("case", typeof(ModerationCaseGraphType), "The decided case; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ReportContentInputGraphType>(
                "reportContent",
                ("reported", typeof(BooleanGraphType), "True once the report is recorded; null when errors is set."),
                typeof(NotFoundErrorGraphType),
                typeof(AlreadyReportedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users: reports a comment, review, reply or nickname they can see, once each. Enough reports "
                + "(Moderation:ReportsToHold) hold visible content until a moderator decides.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ReportContentCommand>("input")));

        AddDecision(mutation, "approveContent", ModerationDecision.Approve,
            "Admins, and creators for their own courses' content: shows held or reported content to everyone and closes its case.");
        AddDecision(mutation, "hideContent", ModerationDecision.Hide,
            "Admins, and creators for their own courses' content: hides content from everyone but its author and closes its case.");
        AddDecision(mutation, "restoreContent", ModerationDecision.Restore,
            "Admins, and creators for their own courses' content: shows hidden content again.");
    }

    private static void AddDecision(ObjectGraphType mutation, string name, ModerationDecision decision, string description) =>
        mutation.MutationField<ModerateContentInputGraphType>(
                name,
                Case,
                typeof(NotFoundErrorGraphType),
                typeof(ModerationDecisionNotApplicableErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description(description)
            .ResolveAsync(ctx =>
            {
                var input = ctx.GetArgument<ModerateContentInput>("input");
                return ctx.RunMutationAsync(new ModerateContentCommand(input.Kind, input.ContentId, decision));
            });
}
