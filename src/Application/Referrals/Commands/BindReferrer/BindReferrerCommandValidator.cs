using FluentValidation;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Commands.BindReferrer;

internal sealed class BindReferrerCommandValidator : AbstractValidator<BindReferrerCommand>
{
    public BindReferrerCommandValidator() => RuleFor(c => c.PromoterCode).NotEmpty().MaximumLength(ReferralLimits.CodeLength);
}
