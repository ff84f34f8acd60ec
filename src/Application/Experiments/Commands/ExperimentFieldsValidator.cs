using FluentValidation;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Commands;

/// <summary>Shape only; weights, prices, payloads and the rest answer with the experiment's own codes.</summary>
internal sealed class ExperimentFieldsValidator : AbstractValidator<ExperimentFields>
{
    public ExperimentFieldsValidator()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(ExperimentLimits.NameMaxLength);
        RuleFor(e => e.Surface).IsInEnum();
        RuleFor(e => e.PrimaryMetric).IsInEnum();
        RuleFor(e => e.Audience).IsInEnum();
        RuleFor(e => e.Variants).NotNull();
        RuleForEach(e => e.Variants).ChildRules(variant =>
        {
            variant.RuleFor(v => v.Key).NotEmpty().MaximumLength(ExperimentLimits.KeyMaxLength);
            variant.RuleFor(v => v.Payload).MaximumLength(ExperimentLimits.PayloadMaxLength);
        });
        RuleFor(e => e.CourseId)
            .Must((fields, courseId) => courseId is null || fields.OfferId is null)
            .WithMessage("Name a course or an offer, not both.");
        RuleForEach(e => e.Platforms).IsInEnum();
        RuleFor(e => e.Layer).MaximumLength(ExperimentLimits.KeyMaxLength);
        RuleFor(e => e.MaxRefundRateIncrease).InclusiveBetween(0, 1);
        RuleFor(e => e.MaxPageErrorRateIncrease).InclusiveBetween(0, 1);
    }
}
