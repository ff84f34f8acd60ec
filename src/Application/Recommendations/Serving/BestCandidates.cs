namespace KnowledgePay.Application.Recommendations.Serving;

/// <summary>
/// The best <c>size</c> candidates of a catalogue, best first (<see cref="ScoredCourse"/> order), from scores already
/// computed or straight from a user vector. Courses are offered in catalogue order and only a score above the
/// running <see cref="StrongestCourses.Threshold"/> pays for the candidate check and the heap, so exclusions cost
/// nothing on the hot path.
/// </summary>
internal static class BestCandidates
{
    /// <summary>Rows scored per block: the block's scores stay in the L1 cache between scoring and selection.</summary>
    private const int BlockRows = 256;

    public static ScoredCourse[] Of(ReadOnlySpan<float> scores, int size, Func<int, bool> isCandidate)
    {
        var strongest = new StrongestCourses(size);
        Offer(strongest, scores, firstCourse: 0, isCandidate);
        return strongest.BestFirst();
    }

    /// <summary>Scores the catalogue block by block and selects as it goes, so the scores are never written out.</summary>
    public static ScoredCourse[] Of(RecommenderModel model, ReadOnlySpan<float> userVector, int size, Func<int, bool> isCandidate)
    {
        var strongest = new StrongestCourses(size);
        Span<float> block = stackalloc float[BlockRows];
        for (var first = 0; first < model.Courses.Count; first += BlockRows)
        {
            var scores = block[..Math.Min(BlockRows, model.Courses.Count - first)];
            CourseRowScorer.ScoreRows(model, userVector, first, scores);
            Offer(strongest, scores, first, isCandidate);
        }

        return strongest.BestFirst();
    }

    private static void Offer(StrongestCourses strongest, ReadOnlySpan<float> scores, int firstCourse, Func<int, bool> isCandidate)
    {
        for (var index = 0; index < scores.Length; index++)
        {
            var course = firstCourse + index;
            if (scores[index] > strongest.Threshold && isCandidate(course))
            {
                strongest.Offer(new ScoredCourse(course, scores[index]));
            }
        }
    }
}
