using FluentValidation;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.Memberships.Commands.NoticeExpiringMemberships;

internal sealed class NoticeExpiringMembershipsCommandValidator : AbstractValidator<NoticeExpiringMembershipsCommand>
{
    public NoticeExpiringMembershipsCommandValidator()
    {
        RuleFor(c => c.BatchSize).BatchSize();
        RuleFor(c => c.Notice).GreaterThan(TimeSpan.Zero);
    }
}
