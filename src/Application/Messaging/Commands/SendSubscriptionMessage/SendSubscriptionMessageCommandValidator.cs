using FluentValidation;

namespace KnowledgePay.Application.Messaging.Commands.SendSubscriptionMessage;

internal sealed class SendSubscriptionMessageCommandValidator : AbstractValidator<SendSubscriptionMessageCommand>
{
    private const int MaxValues = 20;
    private const int MaxValueLength = 200;

    public SendSubscriptionMessageCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Template).IsInEnum();
        RuleFor(c => c.Values).Must(v => v.Count <= MaxValues).WithMessage($"At most {MaxValues} values.");
        RuleForEach(c => c.Values).Must(v => v.Key.Length is > 0 and <= 50 && v.Value.Length <= MaxValueLength)
            .WithMessage($"Each value needs a name of at most 50 characters and a text of at most {MaxValueLength}.");
    }
}
