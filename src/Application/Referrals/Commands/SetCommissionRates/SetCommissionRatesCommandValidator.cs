using FluentValidation;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Commands.SetCommissionRates;

internal sealed class SetCommissionRatesCommandValidator : AbstractValidator<SetCommissionRatesCommand>
{
    public SetCommissionRatesCommandValidator()
    {
        RuleFor(c => c.CourseId)
            .Must((command, courseId) => courseId is null != command.OfferId is null)
            .WithMessage("Name exactly one of courseId and offerId.");
        RuleFor(c => c.Level1Bp).InclusiveBetween(0, ReferralLimits.MaxRateBp);
        RuleFor(c => c.Level2Bp).InclusiveBetween(0, ReferralLimits.MaxRateBp);
        RuleFor(c => c.Level2Bp)
            .Must((command, level2) => command.Level1Bp + level2 <= ReferralLimits.MaxRateBp)
            .WithMessage("The two levels together cannot pay out more than the line (10000 basis points).");
    }
}
