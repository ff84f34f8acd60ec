using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class EstimateGraphType : ObjectGraphType<EstimateDto>
{
    public EstimateGraphType()
    {
        Name = "ExperimentEstimate";
        Description = "A mean over exposed users with its always-valid interval.";
        Field(e => e.Value);
        Field(e => e.AlwaysValid, type: typeof(IntervalGraphType)).Description("Holds at every look at once; null below two users or before there is a baseline.");
    }
}
