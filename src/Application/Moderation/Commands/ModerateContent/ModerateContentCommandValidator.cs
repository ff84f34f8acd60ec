using FluentValidation;

namespace KnowledgePay.Application.Moderation.Commands.ModerateContent;

internal sealed class ModerateContentCommandValidator : AbstractValidator<ModerateContentCommand>
{
    public ModerateContentCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.ContentId).NotEmpty();
        RuleFor(c => c.Decision).IsInEnum();
    }
}
