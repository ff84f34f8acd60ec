using FluentValidation;

namespace KnowledgePay.Application.Identity.Commands.Logout;

internal sealed class LogoutCommandValidator : AbstractValidator<LogoutCommand>
{
    public LogoutCommandValidator() => RuleFor(c => c.RefreshToken).RefreshToken();
}
