using FluentValidation;
using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Application.Sharing.Commands.DrawShareCode;

internal sealed class DrawShareCodeCommandValidator : AbstractValidator<DrawShareCodeCommand>
{
    public DrawShareCodeCommandValidator() => RuleFor(c => c.Scene).NotEmpty().MaximumLength(SharingLimits.SceneLength);
}
