using FluentValidation;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.GroupBuying.Commands.FailExpiredGroupBuys;

internal sealed class FailExpiredGroupBuysCommandValidator : AbstractValidator<FailExpiredGroupBuysCommand>
{
    public FailExpiredGroupBuysCommandValidator() => RuleFor(c => c.BatchSize).BatchSize();
}
