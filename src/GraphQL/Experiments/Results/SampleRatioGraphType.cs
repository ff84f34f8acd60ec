using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class SampleRatioGraphType : ObjectGraphType<SampleRatioDto>
{
    public SampleRatioGraphType()
    {
        Name = "SampleRatioCheck";
        Description = "Chi-square test of exposed users per variant against the configured weights.";
        Field(s => s.ChiSquare);
        Field(s => s.PValue);
        Field(s => s.Alarm).Description($"p < {SampleRatioCheck.AlarmBelow}: assignment or exposure logging is broken; trust no difference until it is fixed.");
    }
}
