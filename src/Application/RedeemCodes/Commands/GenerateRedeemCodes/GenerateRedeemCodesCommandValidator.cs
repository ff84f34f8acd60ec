using FluentValidation;
using KnowledgePay.Domain.RedeemCodes;

namespace KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;

internal sealed class GenerateRedeemCodesCommandValidator : AbstractValidator<GenerateRedeemCodesCommand>
{
    public GenerateRedeemCodesCommandValidator()
    {
        RuleFor(c => c).Must(c => (c.CourseId is null) != (c.OfferId is null))
            .OverridePropertyName("courseId")
            .WithMessage("Name either a course or an offer.");
        RuleFor(c => c.Count).InclusiveBetween(1, RedeemCodeLimits.MaxBatchSize);
        RuleFor(c => c.Label).NotEmpty().MaximumLength(RedeemCodeLimits.LabelLength);
    }
}
