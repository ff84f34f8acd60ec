using FluentValidation;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Analysis.Results;

internal sealed class GetExperimentResultsQueryValidator : AbstractValidator<GetExperimentResultsQuery>
{
    public GetExperimentResultsQueryValidator()
    {
        RuleFor(q => q.Key).NotEmpty().MaximumLength(ExperimentLimits.KeyMaxLength);
        RuleFor(q => q.MinimumDetectableEffect).GreaterThan(0).LessThanOrEqualTo(1);
    }
}
