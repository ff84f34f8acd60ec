namespace KnowledgePay.Application.Catalog.Caching;

/// <summary>
/// The tags of catalogue cache entries. A course change can move the course into or out of any list page (publishing,
/// a new title matching a search), so it removes every list page and the entries that hold that course.
/// </summary>
public static class CatalogCacheTags
{
    /// <summary>Every catalogue entry: dropped as a whole when a node may have missed invalidations.</summary>
    public const string All = "catalog";

    /// <summary>Pages of course lists.</summary>
    public const string Lists = "catalog:lists";

    public static string Course(Guid courseId) => $"catalog:course:{courseId:N}";

    /// <summary>What a change to <paramref name="courseId"/> makes stale.</summary>
    public static IReadOnlyCollection<string> ChangedCourse(Guid courseId) => [Lists, Course(courseId)];
}
