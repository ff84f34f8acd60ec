using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class GuardrailMetricGraphType : EnumerationGraphType<GuardrailMetric>
{
    public GuardrailMetricGraphType()
    {
        Name = "GuardrailMetric";
        Description = "REFUND_RATE: converted users with a refund; PAGE_ERROR_RATE: exposed users who met a page error.";
    }
}
