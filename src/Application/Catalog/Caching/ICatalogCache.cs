namespace KnowledgePay.Application.Catalog.Caching;

/// <summary>
/// The shared cache of catalogue reads that are the same for every viewer. What it holds is a copy of committed
/// catalogue state: entries are tagged (<see cref="CatalogCacheTags"/>) and removed by tag after a change commits.
/// Never put anything that depends on the caller (prices for their platform, their enrollments) through it.
/// </summary>
public interface ICatalogCache
{
    /// <summary>The entry under <paramref name="key"/>, or what <paramref name="read"/> answers (then kept under <paramref name="tags"/>).</summary>
    ValueTask<T> GetOrReadAsync<T>(
        string key, IEnumerable<string> tags, Func<CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken);

    /// <summary>Removes every entry carrying one of <paramref name="tags"/>, on this node and on every other.</summary>
    ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}
