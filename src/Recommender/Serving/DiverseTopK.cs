namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Exact top-k with a per-category cap, over a pool of the best candidates (<see cref="BestCandidates"/>). The cap is
/// applied greedily over a pool larger than k; when the pool runs dry before k courses pass the cap, the pool grows,
/// and only when the catalogue itself runs out does the list fill up with capped courses (diversity shapes a list,
/// it never shortens it). <see cref="Picks"/> does the same over every candidate that can make the list
/// (<see cref="BestCandidates.Ranked"/>), where no pool needs to grow.
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
            var skipped = new List<ScoredCourse>();
            var picked = Capped(count, maxPerCategory, pool, categoryOf, skipped);
            if (picked.Count == count || catalogueExhausted)
            {
                picked.AddRange(skipped.Take(count - picked.Count));
                return picked;
            }

            poolSize *= PoolGrowth;
        }
    }

    /// <summary>
    /// The list from every candidate that can make it, best first: the cap applied greedily, filled up with capped
    /// courses when fewer than <paramref name="count"/> pass it.
    /// </summary>
    public static List<ScoredCourse> Picks(int count, int maxPerCategory, ReadOnlySpan<ScoredCourse> ranked, Func<int, string?> categoryOf)
    {
        var skipped = new List<ScoredCourse>();
        var picked = Capped(count, maxPerCategory, ranked, categoryOf, skipped);
        picked.AddRange(skipped.Take(count - picked.Count));
        return picked;
    }

    /// <summary>Up to <paramref name="count"/> courses the cap lets through, in order; the ones it held back go to <paramref name="skipped"/>.</summary>
    private static List<ScoredCourse> Capped(
        int count, int maxPerCategory, ReadOnlySpan<ScoredCourse> ranked, Func<int, string?> categoryOf, List<ScoredCourse> skipped)
    {
        var picked = new List<ScoredCourse>(count);
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

        return picked;
    }
}
