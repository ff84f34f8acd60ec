using FluentValidation;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;

internal sealed class EraseDueAccountsCommandValidator : AbstractValidator<EraseDueAccountsCommand>
{
    public EraseDueAccountsCommandValidator() => RuleFor(c => c.BatchSize).BatchSize();
}
