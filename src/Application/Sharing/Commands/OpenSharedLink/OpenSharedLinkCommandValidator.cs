using FluentValidation;
using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Application.Sharing.Commands.OpenSharedLink;

internal sealed class OpenSharedLinkCommandValidator : AbstractValidator<OpenSharedLinkCommand>
{
    public OpenSharedLinkCommandValidator() => RuleFor(c => c.Scene).NotEmpty().MaximumLength(SharingLimits.SceneLength);
}
