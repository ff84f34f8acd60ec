namespace KnowledgePay.Application.Catalog.Queries.GetCourses;

/// <summary>Splits a search box entry into lower-cased terms; every term must appear (AND semantics).</summary>
internal static class SearchTerms
{
    public const int MaxLength = 100;
    private const int MaxTerms = 5;

    public static IEnumerable<string> Split(string? search) =>
        (search ?? string.Empty)
            .ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct()
            .Take(MaxTerms);
}
