using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Commands.StopExperiment;

internal sealed class StopExperimentCommandValidator : AbstractValidator<StopExperimentCommand>
{
    public StopExperimentCommandValidator()
    {
        RuleFor(c => c.ExperimentId).Id();
        RuleFor(c => c.Decision).NotEmpty().MaximumLength(ExperimentLimits.DecisionMaxLength);
        RuleFor(c => c.WinningVariantKey).MaximumLength(ExperimentLimits.KeyMaxLength);
    }
}
