using FluentValidation;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.Tracking.Commands.NoteViewsWithoutPurchase;

internal sealed class NoteViewsWithoutPurchaseCommandValidator : AbstractValidator<NoteViewsWithoutPurchaseCommand>
{
    public NoteViewsWithoutPurchaseCommandValidator()
    {
        RuleFor(c => c.BatchSize).BatchSize();
        RuleFor(c => c.After).GreaterThan(TimeSpan.Zero);
        RuleFor(c => c.LookBack).GreaterThan(c => c.After);
    }
}
