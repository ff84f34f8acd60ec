using FluentValidation;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.Commands.TopUp;

internal sealed class TopUpCommandValidator : AbstractValidator<TopUpCommand>
{
    public TopUpCommandValidator()
    {
        RuleFor(c => c.AmountFen).GreaterThan(0);
        RuleFor(c => c.ClientKey).NotEmpty().Length(WalletLimits.ClientKeyMinLength, WalletLimits.ClientKeyLength);
    }
}
