using FluentValidation;

namespace KnowledgePay.Application.Identity.Commands.Login;

internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(c => c.Code).WeChatCode();
        RuleFor(c => c.PhoneCode!).WeChatCode().When(c => c.PhoneCode is not null);
    }
}
