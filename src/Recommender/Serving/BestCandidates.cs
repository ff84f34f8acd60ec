using System.Numerics;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The best <c>size</c> admitted courses of a catalogue, best first (<see cref="ScoredCourse"/> order), from scores
/// already computed or while scoring. Courses are offered in catalogue order and only a score above the running
/// <see cref="StrongestCourses.Threshold"/> pays for the admission check and the heap, so exclusions cost nothing on
/// the hot path.
/// </summary>
internal static class BestCandidates
{
    /// <summary>Rows scored per block: the block's scores are still in the L1 cache when they are selected from.</summary>
    private const int BlockRows = 256;

    public static ScoredCourse[] Of(ReadOnlySpan<float> scores, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        Offer(strongest, scores, firstCourse: 0, admitted);
        return strongest.BestFirst();
    }

    /// <summary>
    /// Writes every course's score for <paramref name="userVector"/> into <paramref name="scores"/> block by block and
    /// selects from each block as it is written, so the catalogue is read once.
    /// </summary>
    public static ScoredCourse[] Scoring(
        RecommenderModel model, ReadOnlySpan<float> userVector, Span<float> scores, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        for (var first = 0; first < scores.Length; first += BlockRows)
        {
            var block = scores.Slice(first, Math.Min(BlockRows, scores.Length - first));
            CourseRowScorer.ScoreRows(model, userVector, first, block);
            Offer(strongest, block, first, admitted);
        }

        return strongest.BestFirst();
    }

    /// <summary>
    /// Once the heap is full most scores fall below its threshold, so eight are compared at a time and only those above
    /// it are offered one by one, each checked again against the threshold earlier ones may have raised.
    /// </summary>
    private static void Offer(StrongestCourses strongest, ReadOnlySpan<float> scores, int firstCourse, AdmittedCourses admitted)
    {
        var index = 0;
        for (; index <= scores.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var eight = Vector256.Create(scores.Slice(index, Vector256<float>.Count));
            var above = Vector256.GreaterThan(eight, Vector256.Create(strongest.Threshold)).ExtractMostSignificantBits();
            for (; above != 0; above &= above - 1)
            {
                var row = index + BitOperations.TrailingZeroCount(above);
                OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + row, scores[row]), admitted);
            }
        }

        for (; index < scores.Length; index++)
        {
            OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + index, scores[index]), admitted);
        }
    }

    private static void OfferAboveThreshold(StrongestCourses strongest, ScoredCourse course, AdmittedCourses admitted)
    {
        if (course.Score > strongest.Threshold && admitted.Contains(course.Course))
        {
            strongest.Offer(course);
        }
    }
}
