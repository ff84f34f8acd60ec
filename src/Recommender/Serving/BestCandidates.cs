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
    public static ScoredCourse[] Of(ReadOnlySpan<float> scores, int size, AdmittedCourses admitted)
    {
        var strongest = new StrongestCourses(size);
        var index = 0;
        for (; index <= scores.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var eight = Vector256.Create(scores.Slice(index, Vector256<float>.Count));
            var above = Vector256.GreaterThan(eight, Vector256.Create(strongest.Threshold)).ExtractMostSignificantBits();
            for (; above != 0; above &= above - 1)
            {
                Offer(strongest, new ScoredCourse(index + BitOperations.TrailingZeroCount(above), 0f), scores, admitted);
            }
        }

        for (; index < scores.Length; index++)
        {
            Offer(strongest, new ScoredCourse(index, 0f), scores, admitted);
        }

        return strongest.BestFirst();
    }

    /// <summary>
    /// Every admitted course that can make the request's list, best first with exact scores, from one pass over the
    /// int8 rows (<see cref="QuantisedCourseRows"/>) that writes nothing per course. The running cut is the weakest lower
    /// bound of <paramref name="count"/> admitted courses at most <paramref name="maxPerCategory"/> of one category: the
    /// category cap takes <paramref name="count"/> courses at least that strong before any weaker one, so a course whose
    /// upper bound is below the cut cannot make the list and is dropped in the vector compare. The courses above the
    /// final cut are rescored exactly (<see cref="CourseRowScorer"/>); until <paramref name="count"/> such courses are
    /// seen there is no cut, and every admitted course is returned (the cap may then need all of them).
    /// </summary>
    public static ScoredCourse[] Ranked(
        RecommenderModel model, ReadOnlySpan<float> userVector, int count, int maxPerCategory, AdmittedCourses admitted)
    {
        var rows = model.QuantisedRows;
        var user = QuantisedUser.Of(userVector, rows);
        using var candidates = new UpperBoundedCourses();
        var guess = GuessedCut.Of(rows, user, count);
        var lowerBounds = Scan(model, user, count, maxPerCategory, admitted, candidates, guess);
        if (lowerBounds.Threshold < guess)
        {
            // Some course skipped for being below the guess might belong in the list: rank without one.
            candidates.Clear();
            lowerBounds = Scan(model, user, count, maxPerCategory, admitted, candidates, float.NegativeInfinity);
        }

        var ranked = candidates.AtLeast(lowerBounds.Threshold).ToArray();
        CourseRowScorer.Rescore(model, userVector, ranked);
        Array.Sort(ranked);
        return ranked;
    }

    /// <summary>
    /// One pass handing over only the blocks with an upper bound at or above both the climbing cut and
    /// <paramref name="guess"/>; returns the kept courses, whose weakest lower bound is the cut. If that cut is at least
    /// the guess, every course skipped for the guess alone scores below it and cannot make the list.
    /// </summary>
    private static StrongestCourses Scan(
        RecommenderModel model,
        QuantisedUser user,
        int count,
        int maxPerCategory,
        AdmittedCourses admitted,
        UpperBoundedCourses candidates,
        float guess)
    {
        var lowerBounds = new StrongestCourses(count, model.CourseCategories, model.CategoryCount, maxPerCategory);
        var climbing = new ClimbingCut(model.QuantisedRows, user, admitted, lowerBounds, candidates, guess);
        model.QuantisedRows.Scan(user, ref climbing);
        return lowerBounds;
    }

    /// <summary>
    /// A course whose score only ties the threshold is refused: offered in catalogue order, it comes after the weakest
    /// course kept and never outranks it.
    /// </summary>
    private static void Offer(StrongestCourses strongest, ScoredCourse course, ReadOnlySpan<float> scores, AdmittedCourses admitted)
    {
        var score = scores[course.Course];
        if (score > strongest.Threshold && admitted.Contains(course.Course))
        {
            strongest.Offer(course with { Score = score });
        }
    }

    /// <summary>
    /// Keeps, by lower bound, the strongest admitted courses seen so far (their weakest lower bound is the cut) and every
    /// admitted course whose upper bound reached the cut when it was scored.
    /// </summary>
    private readonly struct ClimbingCut(
        QuantisedCourseRows rows, QuantisedUser user, AdmittedCourses admitted, StrongestCourses lowerBounds, UpperBoundedCourses candidates, float guess)
        : IBlockBounds
    {
        public float Cut => Math.Max(lowerBounds.Threshold, guess);

        public void Take(int block, uint reaching, Vector256<float> estimates, Vector256<float> upperBounds)
        {
            var lowers = rows.LowerBounds(user, block, estimates);
            for (; reaching != 0; reaching &= reaching - 1)
            {
                var lane = BitOperations.TrailingZeroCount(reaching);
                var course = (block * QuantisedCourseRows.BlockRows) + lane;
                if (upperBounds[lane] >= Cut && admitted.Contains(course))
                {
                    candidates.Add(new ScoredCourse(course, upperBounds[lane]), Cut);
                    lowerBounds.Offer(new ScoredCourse(course, lowers[lane]));
                }
            }
        }
    }
}
