using FluentValidation;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Commands.RequestWithdrawal;

internal sealed class RequestWithdrawalCommandValidator : AbstractValidator<RequestWithdrawalCommand>
{
    public RequestWithdrawalCommandValidator()
    {
        RuleFor(c => c.AmountFen).InclusiveBetween(1, ReferralLimits.MaxWithdrawalFen);
        RuleFor(c => c.IdempotencyKey).NotEmpty().Length(ReferralLimits.ClientKeyMinLength, ReferralLimits.ClientKeyLength);
    }
}
