namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Exact top-k with a per-category cap, over a pool of the best candidates (<see cref="BestCandidates"/>). The cap is
/// applied greedily over a pool larger than k; when the pool runs dry before k courses pass the cap, the pool grows,
/// and only when the catalogue itself runs out does the list fill up with capped courses (diversity shapes a list,
/// it never shortens it).
/// </summary>
internal static class DiverseTopK
{
    private const int PoolGrowth = 4;

    /// <param name="bestCandidates">The best candidates for a pool size, best first.</param>
    public static List<ScoredCourse> Select(
        int count,
        int maxPerCategory,
        Func<int, ScoredCourse[]> bestCandidates,
        Func<int, string?> categoryOf)
    {
        var poolSize = maxPerCategory < count ? count * PoolGrowth : count;
        while (true)
        {
            var pool = bestCandidates(poolSize);
            var catalogueExhausted = pool.Length < poolSize;
            if (Picks(count, maxPerCategory, pool, categoryOf, fillWithCapped: catalogueExhausted) is { } picks)
            {
                return picks;
            }

            poolSize *= PoolGrowth;
        }
    }

    /// <summary>
    /// The cap applied greedily over <paramref name="ranked"/> (best first); when fewer than <paramref name="count"/> pass
    /// it, the list is filled up with capped courses if <paramref name="fillWithCapped"/>, else there is no list (null).
    /// </summary>
    public static List<ScoredCourse>? Picks(
        int count, int maxPerCategory, ReadOnlySpan<ScoredCourse> ranked, Func<int, string?> categoryOf, bool fillWithCapped)
    {
        var picked = new List<ScoredCourse>(count);
        var skipped = new List<ScoredCourse>();
        var perCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }

            var category = categoryOf(candidate.Course);
            var taken = category is null ? 0 : perCategory.GetValueOrDefault(category);
            if (taken >= maxPerCategory)
            {
                skipped.Add(candidate);
                continue;
            }

            picked.Add(candidate);
            if (category is not null)
            {
                perCategory[category] = taken + 1;
            }
        }

        if (picked.Count < count && !fillWithCapped)
        {
            return null;
        }

        picked.AddRange(skipped.Take(count - picked.Count));
        return picked;
    }
}
