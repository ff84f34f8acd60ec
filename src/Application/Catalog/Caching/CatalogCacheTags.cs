namespace KnowledgePay.Application.Catalog.Caching;

/// <summary>
/// The tags of catalogue cache entries. A course change can move the course into or out of any list page (publishing,
/// a new title matching a search), so it removes every list page and the entries that hold that course. Categories, tags
/// and creators change rarely and their lists are short, so a change to one removes every entry of its kind.
/// </summary>
public static class CatalogCacheTags
{
    /// <summary>Every catalogue entry: dropped as a whole when a node may have missed invalidations.</summary>
    public const string All = "catalog";

    /// <summary>Pages of course lists.</summary>
    public const string Lists = "catalog:lists";

    /// <summary>The category bar and categories by id.</summary>
    public const string Categories = "catalog:categories";

    /// <summary>Tag pages, tags by id and each course's tags.</summary>
    public const string Tags = "catalog:tags";

    /// <summary>Creator pages and creators by id.</summary>
    public const string Creators = "catalog:creators";

    public static string Course(Guid courseId) => $"catalog:course:{courseId:N}";

    /// <summary>What a change to <paramref name="courseId"/> makes stale.</summary>
    public static IReadOnlyCollection<string> ChangedCourse(Guid courseId) => [Lists, Course(courseId)];
}
