namespace KnowledgePay.Application.Recommendations.Serving;

/// <summary>
/// Exact top-k over one score per course with a per-category cap. A bounded min-heap keeps the best candidates
/// seen so far, and only a course that beats the heap's weakest entry pays for the candidate check, so exclusions
/// cost nothing on the hot path. The cap is applied greedily over a pool larger than k; when the pool runs dry
/// before k courses pass the cap, the pool grows, and only when the catalogue itself runs out does the list fill up
/// with capped courses (diversity shapes a list, it never shortens it).
/// </summary>
internal static class DiverseTopK
{
    private const int PoolGrowth = 4;

    public static List<int> Select(
        ReadOnlySpan<float> scores,
        int count,
        int maxPerCategory,
        Func<int, string?> categoryOf,
        Func<int, bool> isCandidate)
    {
        var poolSize = maxPerCategory < count ? count * PoolGrowth : count;
        while (true)
        {
            var pool = Best(scores, poolSize, isCandidate);
            var picked = new List<int>(count);
            var skipped = new List<int>();
            var perCategory = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var course in pool)
            {
                if (picked.Count == count)
                {
                    break;
                }

                var category = categoryOf(course);
                var taken = category is null ? 0 : perCategory.GetValueOrDefault(category);
                if (taken >= maxPerCategory)
                {
                    skipped.Add(course);
                    continue;
                }

                picked.Add(course);
                if (category is not null)
                {
                    perCategory[category] = taken + 1;
                }
            }

            var catalogueExhausted = pool.Count < poolSize;
            if (picked.Count == count || catalogueExhausted)
            {
                picked.AddRange(skipped.Take(count - picked.Count));
                return picked;
            }

            poolSize *= PoolGrowth;
        }
    }

    /// <summary>The best <paramref name="size"/> candidates, best first; equal scores favour the lower index.</summary>
    private static List<int> Best(ReadOnlySpan<float> scores, int size, Func<int, bool> isCandidate)
    {
        var heap = new PriorityQueue<int, (float Score, int NegatedIndex)>(size + 1);
        var weakest = float.NegativeInfinity;
        for (var course = 0; course < scores.Length; course++)
        {
            var score = scores[course];
            if ((heap.Count == size && score <= weakest) || !isCandidate(course))
            {
                continue;
            }

            if (heap.Count < size)
            {
                heap.Enqueue(course, (score, -course));
            }
            else
            {
                heap.DequeueEnqueue(course, (score, -course));
            }

            if (heap.Count == size)
            {
                heap.TryPeek(out _, out var root);
                weakest = root.Score;
            }
        }

        var best = new int[heap.Count];
        for (var position = best.Length - 1; position >= 0; position--)
        {
            best[position] = heap.Dequeue();
        }

        return [.. best];
    }
}
