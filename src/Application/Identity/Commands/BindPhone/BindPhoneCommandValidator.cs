using FluentValidation;

namespace KnowledgePay.Application.Identity.Commands.BindPhone;

internal sealed class BindPhoneCommandValidator : AbstractValidator<BindPhoneCommand>
{
    public BindPhoneCommandValidator() => RuleFor(c => c.Code).WeChatCode();
}
