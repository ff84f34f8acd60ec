using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Risk.Commands.ReviewRiskFlag;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Risk;

internal static class RiskMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<ReviewRiskFlagInputGraphType>(
                "reviewRiskFlag",
                ("flag", typeof(RiskFlagGraphType), "The reviewed flag; null when errors is set."),
                typeof(RiskFlagNotFoundErrorGraphType),
                typeof(RiskFlagAlreadyReviewedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Admins: confirms an open flag (its restriction stays) or clears it as false (its restriction lifts), once; "
                + "the review is recorded in the audit log.")
            .ResolveAsync(ctx =>
            {
                var input = ctx.GetArgument<ReviewRiskFlagInput>("input");
                return ctx.RunMutationAsync(new ReviewRiskFlagCommand(input.Id, input.Decision, input.Note));
            });
}
