using FluentValidation;

namespace KnowledgePay.Application.Sharing.Commands.CreateShareLink;

internal sealed class CreateShareLinkCommandValidator : AbstractValidator<CreateShareLinkCommand>
{
    public CreateShareLinkCommandValidator() => RuleFor(c => c.CourseId).NotEmpty();
}
