using System.Numerics;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Once the heap is full most scores fall below its threshold, so eight are compared at a time and only those above
    /// it are offered one by one, each checked again against the threshold earlier ones may have raised.
    /// </summary>
    private static void Offer(StrongestCourses strongest, ReadOnlySpan<float> scores, int firstCourse, Func<int, bool> isCandidate)
    {
        var index = 0;
        for (; index <= scores.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var above = Vector256.GreaterThan(Vector256.Create(scores.Slice(index, Vector256<float>.Count)), Vector256.Create(strongest.Threshold))
                .ExtractMostSignificantBits();
            for (; above != 0; above &= above - 1)
            {
                var row = index + BitOperations.TrailingZeroCount(above);
                OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + row, scores[row]), isCandidate);
            }
        }

        for (; index < scores.Length; index++)
        {
            OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + index, scores[index]), isCandidate);
        }
    }

    private static void OfferAboveThreshold(StrongestCourses strongest, ScoredCourse course, Func<int, bool> isCandidate)
    {
        if (course.Score > strongest.Threshold && isCandidate(course.Course))
        {
            strongest.Offer(course);
        }
    }
}
