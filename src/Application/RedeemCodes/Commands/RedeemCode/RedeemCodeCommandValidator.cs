using FluentValidation;
using KnowledgePay.Domain.RedeemCodes;

namespace KnowledgePay.Application.RedeemCodes.Commands.RedeemCode;

internal sealed class RedeemCodeCommandValidator : AbstractValidator<RedeemCodeCommand>
{
    public RedeemCodeCommandValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(RedeemCodeLimits.InputLength);
}
