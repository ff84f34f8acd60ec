using System.ComponentModel;

namespace KnowledgePay.Infrastructure.Caching;

/// <summary>
/// What the catalogue cache stores. HybridCache hands out the very instance it holds in memory only for a sealed type marked
/// immutable; for any other type (pages, lists, dictionaries) it keeps the serialised bytes and deserialises a new copy on
/// every hit, which cost about a quarter of a node's CPU on the catalogue page. Cached values are shared read-only by
/// every request of the node, as the catalogue's DTOs already are.
/// </summary>
[ImmutableObject(true)]
internal sealed record CatalogCacheEntry<T>(T Value);
