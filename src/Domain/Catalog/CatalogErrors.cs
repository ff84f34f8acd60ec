using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>Rule violations shared by every catalogue aggregate.</summary>
public static class CatalogErrors
{
    public static DomainException InvalidName(string entity) =>
        new("CATALOG_INVALID_NAME", $"A {entity.ToLowerInvariant()} needs a name of 1 to {CatalogLimits.NameLength} characters.");

    public static DomainException InvalidSlug(string slug) =>
        new("CATALOG_INVALID_SLUG", $"'{slug}' is not a valid slug (lower-case letters, digits and single hyphens).");

    public static DomainException InvalidText(string field) =>
        new("CATALOG_INVALID_TEXT", $"The {field} is too long.");
}
