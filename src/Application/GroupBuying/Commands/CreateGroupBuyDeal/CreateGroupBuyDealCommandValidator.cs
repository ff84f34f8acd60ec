using FluentValidation;

namespace KnowledgePay.Application.GroupBuying.Commands.CreateGroupBuyDeal;

internal sealed class CreateGroupBuyDealCommandValidator : AbstractValidator<CreateGroupBuyDealCommand>
{
    public CreateGroupBuyDealCommandValidator()
    {
        RuleFor(c => c).Must(c => (c.CourseId is { } course && course != Guid.Empty) != (c.OfferId is { } offer && offer != Guid.Empty))
            .WithName("courseId").WithMessage("Name a course or a bundle, not both.");
        RuleFor(c => c.PriceFen).GreaterThan(0);
    }
}
