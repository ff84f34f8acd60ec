using FluentValidation;

namespace KnowledgePay.Application.Common.Querying.Paging;

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    private const string InvalidCursor = "The cursor is not valid.";

    public PageRequestValidator()
    {
        RuleFor(p => p.First).InclusiveBetween(0, PageRequest.MaxSize);
        RuleFor(p => p.Last).InclusiveBetween(0, PageRequest.MaxSize);
        RuleFor(p => p).Must(p => p.First is null || p.Last is null)
            .WithName("first").WithMessage("Use first or last, not both.");
        RuleFor(p => p).Must(p => p.After is null || p.Before is null)
            .WithName("after").WithMessage("Use after or before, not both.");
        RuleFor(p => p.After!).Must(Cursor.IsWellFormed).When(p => p.After is not null)
            .OverridePropertyName("after").WithMessage(InvalidCursor);
        RuleFor(p => p.Before!).Must(Cursor.IsWellFormed).When(p => p.Before is not null)
            .OverridePropertyName("before").WithMessage(InvalidCursor);
    }
}
