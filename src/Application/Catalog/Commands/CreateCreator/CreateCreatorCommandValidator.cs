using FluentValidation;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Commands.CreateCreator;

internal sealed class CreateCreatorCommandValidator : AbstractValidator<CreateCreatorCommand>
{
    public CreateCreatorCommandValidator()
    {
        RuleFor(c => c.UserId).NotEqual(Guid.Empty);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(CatalogLimits.NameLength);
        RuleFor(c => c.Headline).MaximumLength(CatalogLimits.TitleLength);
        RuleFor(c => c.Bio).MaximumLength(CatalogLimits.BioLength);
        RuleFor(c => c.AvatarUrl).Url();
    }
}
