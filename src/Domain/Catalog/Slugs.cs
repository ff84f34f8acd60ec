using System.Text.RegularExpressions;

namespace KnowledgePay.Domain.Catalog;

public static partial class Slugs
{
    public static string Validate(string slug) =>
        slug.Length <= CatalogLimits.SlugLength && SlugPattern().IsMatch(slug) ? slug : throw CatalogErrors.InvalidSlug(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
