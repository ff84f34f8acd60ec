using GraphQL.Types;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class ExperimentStatusGraphType : EnumerationGraphType<ExperimentStatus>
{
    public ExperimentStatusGraphType()
    {
        Name = "ExperimentStatus";
        Description = "DRAFT until started; RUNNING while users are assigned; STOPPED with the decision recorded.";
    }
}
