using System.Numerics;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The best <c>size</c> admitted courses of a catalogue, best first (<see cref="ScoredCourse"/> order), from scores
/// already computed or while scoring. Courses are offered in catalogue order and only a score above the running
/// <see cref="StrongestCourses.Threshold"/> pays for the admission check and the heap, so exclusions cost nothing on
/// the hot path. A model's courses are scored from their int8 rows (<see cref="QuantisedCourseRows"/>), whose score is
/// an upper bound of the exact one: only a course whose bound beats the threshold is rescored exactly
/// (<see cref="CourseRowScorer"/>) and offered with that score, so the list is the one exact scores give.
/// </summary>
internal static class BestCandidates
{
    /// <summary>Rows scored per block: the block's scores are still in the L1 cache when they are selected from.</summary>
    private const int BlockRows = 256;

    public static ScoredCourse[] Of(ReadOnlySpan<float> scores, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        Offer(strongest, scores, firstCourse: 0, admitted, new ExactRescoring(null, []));
        return strongest.BestFirst();
    }

    /// <summary>The best courses again from the upper bounds a <see cref="Scoring"/> pass left.</summary>
    public static ScoredCourse[] OfUpperBounds(
        RecommenderModel model, ReadOnlySpan<float> userVector, ReadOnlySpan<float> upperBounds, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        Offer(strongest, upperBounds, firstCourse: 0, admitted, new ExactRescoring(model, userVector));
        return strongest.BestFirst();
    }

    /// <summary>
    /// Writes every course's upper bound for <paramref name="userVector"/> into <paramref name="upperBounds"/> block by
    /// block and selects from each block as it is written, so the catalogue is read once.
    /// </summary>
    public static ScoredCourse[] Scoring(
        RecommenderModel model, ReadOnlySpan<float> userVector, Span<float> upperBounds, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        var rows = model.QuantisedRows;
        var user = QuantisedUser.Of(userVector, rows);
        var exact = new ExactRescoring(model, userVector);
        for (var first = 0; first < upperBounds.Length; first += BlockRows)
        {
            var block = upperBounds.Slice(first, Math.Min(BlockRows, upperBounds.Length - first));
            rows.WriteUpperBounds(user, first, block);
            Offer(strongest, block, first, admitted, exact);
        }

        return strongest.BestFirst();
    }

    /// <summary>
    /// Once the heap is full most scores fall below its threshold, so eight are compared at a time and only those above
    /// it are offered one by one, each checked again against the threshold earlier ones may have raised.
    /// </summary>
    private static void Offer(
        StrongestCourses strongest, ReadOnlySpan<float> scores, int firstCourse, AdmittedCourses admitted, ExactRescoring exact)
    {
        var index = 0;
        for (; index <= scores.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var eight = Vector256.Create(scores.Slice(index, Vector256<float>.Count));
            var above = Vector256.GreaterThan(eight, Vector256.Create(strongest.Threshold)).ExtractMostSignificantBits();
            for (; above != 0; above &= above - 1)
            {
                var row = index + BitOperations.TrailingZeroCount(above);
                OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + row, scores[row]), admitted, exact);
            }
        }

        for (; index < scores.Length; index++)
        {
            OfferAboveThreshold(strongest, new ScoredCourse(firstCourse + index, scores[index]), admitted, exact);
        }
    }

    /// <summary>
    /// A course whose exact score only ties the threshold is refused, as it would be if scored exactly in the first
    /// place; one whose bound does not beat it cannot score above it.
    /// </summary>
    private static void OfferAboveThreshold(StrongestCourses strongest, ScoredCourse course, AdmittedCourses admitted, ExactRescoring exact)
    {
        if (course.Score > strongest.Threshold && admitted.Contains(course.Course) && exact.Of(course) is var scored
            && scored.Score > strongest.Threshold)
        {
            strongest.Offer(scored);
        }
    }

    /// <summary>The exact score of a course offered with an upper bound; scores offered as they are when there is no model.</summary>
    private readonly ref struct ExactRescoring(RecommenderModel? model, ReadOnlySpan<float> userVector)
    {
        private readonly ReadOnlySpan<float> _userVector = userVector;

        public ScoredCourse Of(ScoredCourse course) =>
            model is null ? course : course with { Score = CourseRowScorer.Score(model, _userVector, course.Course) };
    }
}
