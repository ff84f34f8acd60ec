using FluentValidation;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Commands.CreateExperiment;

internal sealed class CreateExperimentCommandValidator : AbstractValidator<CreateExperimentCommand>
{
    public CreateExperimentCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty().MaximumLength(ExperimentLimits.KeyMaxLength);
        RuleFor(c => c.Experiment).NotNull().SetValidator(new ExperimentFieldsValidator());
    }
}
