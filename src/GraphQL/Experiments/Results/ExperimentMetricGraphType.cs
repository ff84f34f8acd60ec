using GraphQL.Types;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class ExperimentMetricGraphType : EnumerationGraphType<ExperimentMetric>
{
    public ExperimentMetricGraphType()
    {
        Name = "ExperimentMetric";
        Description = "CONVERSION: paid within the window after first exposure; REVENUE_PER_USER: paid net of refunds within the window, per exposed user.";
    }
}
