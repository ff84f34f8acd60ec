using GraphQL.Types;
using KnowledgePay.Application.Risk.Commands.ReviewRiskFlag;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Risk;

/// <summary>An admin's review of one flag.</summary>
internal sealed record ReviewRiskFlagInput(Guid Id, RiskFlagDecision Decision, string Note);

internal sealed class ReviewRiskFlagInputGraphType : InputObjectGraphType<ReviewRiskFlagInput>
{
    public ReviewRiskFlagInputGraphType()
    {
        Name = "ReviewRiskFlagInput";
        this.IdField("id", RiskFlagGraphType.TypeName).Description("The flag's global id.");
        Field(i => i.Decision, type: typeof(NonNullGraphType<RiskFlagDecisionGraphType>)).Description("Confirm or clear.");
        Field(i => i.Note).Description($"Why, for the audit trail; at most {RiskFlag.NoteLength} characters.");
    }
}
