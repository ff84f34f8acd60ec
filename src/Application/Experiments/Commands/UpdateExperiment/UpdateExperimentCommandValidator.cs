using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Experiments.Commands.UpdateExperiment;

internal sealed class UpdateExperimentCommandValidator : AbstractValidator<UpdateExperimentCommand>
{
    public UpdateExperimentCommandValidator()
    {
        RuleFor(c => c.ExperimentId).Id();
        RuleFor(c => c.Experiment).NotNull().SetValidator(new ExperimentFieldsValidator());
    }
}
