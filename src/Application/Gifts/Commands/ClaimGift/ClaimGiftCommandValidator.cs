using FluentValidation;
using KnowledgePay.Domain.Gifts;

namespace KnowledgePay.Application.Gifts.Commands.ClaimGift;

internal sealed class ClaimGiftCommandValidator : AbstractValidator<ClaimGiftCommand>
{
    public ClaimGiftCommandValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(GiftLimits.ClaimCodeLength);
}
