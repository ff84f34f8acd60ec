using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Experiments.Commands.StartExperiment;

internal sealed class StartExperimentCommandValidator : AbstractValidator<StartExperimentCommand>
{
    public StartExperimentCommandValidator() => RuleFor(c => c.ExperimentId).Id();
}
