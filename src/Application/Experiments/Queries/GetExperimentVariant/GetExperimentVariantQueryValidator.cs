using FluentValidation;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Queries.GetExperimentVariant;

internal sealed class GetExperimentVariantQueryValidator : AbstractValidator<GetExperimentVariantQuery>
{
    public GetExperimentVariantQueryValidator() => RuleFor(q => q.Key).NotEmpty().MaximumLength(ExperimentLimits.KeyMaxLength);
}
