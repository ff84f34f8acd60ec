using FluentValidation;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Commands;

/// <summary>Shape rules shared by the catalogue commands' validators.</summary>
internal static class CourseRules
{
    public const long MaxPriceFen = 100_000_000;

    public static IRuleBuilderOptions<T, Guid> Id<T>(this IRuleBuilder<T, Guid> rule) => rule.NotEmpty();

    public static IRuleBuilderOptions<T, string> Title<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(CatalogLimits.TitleLength);

    public static IRuleBuilderOptions<T, string?> Url<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(CatalogLimits.UrlLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("'{PropertyName}' must be an absolute http(s) URL.");

    public static IRuleBuilderOptions<T, long> PriceFen<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(0, MaxPriceFen).WithMessage($"'{{PropertyName}}' must be 0 to {MaxPriceFen} fen.");

    public static IRuleBuilderOptions<T, int> Position<T>(this IRuleBuilder<T, int> rule) => rule.GreaterThanOrEqualTo(0);
}
