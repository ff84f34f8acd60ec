namespace KnowledgePay.RecommenderEvaluation.Evaluation;

public static class TopK
{
    /// <summary>The <paramref name="k"/> best-scored candidates, best first; equal scores favour the lower item index.</summary>
    public static int[] Select(ReadOnlySpan<int> candidates, ReadOnlySpan<float> scores, int k)
    {
        // A min-heap of the best k so far: its root is the weakest kept candidate, evicted by anything better.
        var heap = new PriorityQueue<int, (float Score, int NegatedItem)>(k + 1);
        for (var index = 0; index < candidates.Length; index++)
        {
            var priority = (scores[index], -candidates[index]);
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
