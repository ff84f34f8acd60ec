using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class GuardrailBreachGraphType : ObjectGraphType<GuardrailBreachDto>
{
    public GuardrailBreachGraphType()
    {
        Name = "GuardrailBreach";
        Description = "A variant whose guardrail metric rose over the control's by more than the experiment allows.";
        Field(b => b.VariantKey);
        Field(b => b.Metric, type: typeof(NonNullGraphType<GuardrailMetricGraphType>));
        Field(b => b.Increase).Description("The variant's rate minus the control's.");
        Field(b => b.LowerBound).Description("The always-valid lower bound of the increase: above the limit, so the breach is not noise.");
        Field(b => b.MaxIncrease).Description("The experiment's limit.");
    }
}
