using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Experiments.Queries.GetExperiments;

internal sealed class GetExperimentsQueryValidator : AbstractValidator<GetExperimentsQuery>
{
    public GetExperimentsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<ExperimentDto>()).OverridePropertyName(string.Empty);
}
