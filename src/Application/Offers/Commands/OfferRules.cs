using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers.Commands;

/// <summary>Shape rules shared by the offer commands' validators.</summary>
internal static class OfferRules
{
    public static IRuleBuilderOptions<T, string> OfferTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OfferLimits.TitleLength);

    public static IRuleBuilderOptions<T, string?> OfferDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(OfferLimits.DescriptionLength);

    /// <summary>An offer is never free: 1 fen up to the catalogue's highest price.</summary>
    public static IRuleBuilderOptions<T, long> OfferPriceFen<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(1, CourseRules.MaxPriceFen).WithMessage($"'{{PropertyName}}' must be 1 to {CourseRules.MaxPriceFen} fen.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>> OfferCourseIds<T>(this IRuleBuilder<T, IReadOnlyList<Guid>> rule) =>
        rule.Must(ids => ids.Count <= OfferLimits.MaxCourses && ids.All(id => id != Guid.Empty))
            .WithMessage($"'{{PropertyName}}' names at most {OfferLimits.MaxCourses} courses.");
}

/// <summary>Guardrails within their ranges: a floor of 0 up to the highest price, a discount of 0 to 100 %.</summary>
internal sealed class PriceGuardrailsInputValidator : AbstractValidator<PriceGuardrailsInput>
{
    public PriceGuardrailsInputValidator()
    {
        RuleFor(g => g.FloorFen).PriceFen();
        RuleFor(g => g.MaxDiscountPercent).InclusiveBetween(0, 100);
    }
}
