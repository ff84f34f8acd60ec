namespace KnowledgePay.RecommenderEvaluation.Evaluation;

public static class TopK
{
    /// <summary>
    /// The <paramref name="k"/> best-scored candidates, best first. Equal scores are ordered by a key drawn from
    /// <paramref name="tieBreaker"/> for each candidate, so a model that scores many items alike (popularity counts,
    /// an empty neighbourhood) gets a random — not a catalogue-order — pick among them, the same for the same seed.
    /// </summary>
    public static int[] Select(ReadOnlySpan<int> candidates, ReadOnlySpan<float> scores, int k, Random tieBreaker)
    {
        // A min-heap of the best k so far: its root is the weakest kept candidate, evicted by anything better.
        var heap = new PriorityQueue<int, (float Score, int TieKey)>(k + 1);
        for (var index = 0; index < candidates.Length; index++)
        {
            var priority = (scores[index], tieBreaker.Next());
            if (heap.Count < k)
            {
                heap.Enqueue(candidates[index], priority);
            }
            else if (heap.TryPeek(out _, out var weakest) && priority.CompareTo(weakest) > 0)
            {
                heap.DequeueEnqueue(candidates[index], priority);
            }
        }

        var best = new int[heap.Count];
        for (var position = best.Length - 1; position >= 0; position--)
        {
            best[position] = heap.Dequeue();
        }

        return best;
    }
}
