using FluentValidation;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Commands.ReviewWithdrawal;

internal sealed class RejectWithdrawalCommandValidator : AbstractValidator<RejectWithdrawalCommand>
{
    public RejectWithdrawalCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReferralLimits.ReasonLength);
}

internal sealed class MarkWithdrawalPaidCommandValidator : AbstractValidator<MarkWithdrawalPaidCommand>
{
    public MarkWithdrawalPaidCommandValidator() => RuleFor(c => c.Reference).NotEmpty().MaximumLength(ReferralLimits.PayoutReferenceLength);
}
