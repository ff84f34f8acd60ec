using FluentValidation;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.Commands.AdjustWallet;

internal sealed class AdjustWalletCommandValidator : AbstractValidator<AdjustWalletCommand>
{
    public AdjustWalletCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.AmountFen).NotEqual(0).InclusiveBetween(-WalletLimits.MaxAdjustmentFen, WalletLimits.MaxAdjustmentFen);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(WalletLimits.ReasonLength);
        RuleFor(c => c.ClientKey).NotEmpty().Length(WalletLimits.ClientKeyMinLength, WalletLimits.ClientKeyLength);
    }
}
