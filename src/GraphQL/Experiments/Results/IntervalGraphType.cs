using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class IntervalGraphType : ObjectGraphType<IntervalDto>
{
    public IntervalGraphType()
    {
        Name = "ConfidenceInterval";
        Description = "A confidence interval at the results' alpha.";
        Field(i => i.Lower);
        Field(i => i.Upper);
    }
}
