namespace KnowledgePay.Domain.Catalog;

/// <summary>
/// Learners' star ratings of a course (its visible reviews), kept as exact integer count and total so the average never
/// drifts however often ratings are added, withdrawn or changed.
/// </summary>
public sealed record RatingSummary
{
    public static RatingSummary None { get; } = new();

    public int Count { get; private init; }

    public long TotalStars { get; private init; }

    /// <summary>Average stars rounded to two decimals; stored so that catalogue sorting stays in SQL.</summary>
    public double Average { get; private init; }

    public RatingSummary Add(int stars) => With(Count + 1, TotalStars + Checked(stars));

    /// <summary>Takes back a rating counted before (a review hidden, held or withdrawn).</summary>
    public RatingSummary Remove(int stars)
    {
        Checked(stars);
        return Count == 0 || TotalStars < stars ? throw CourseErrors.RatingNotCounted(stars) : With(Count - 1, TotalStars - stars);
    }

    /// <summary>A counted rating changed from <paramref name="from"/> to <paramref name="to"/> stars (an edited review).</summary>
    public RatingSummary Replace(int from, int to) => Remove(from).Add(to);

    private static RatingSummary With(int count, long total) => new()
    {
        Count = count,
        TotalStars = total,
        Average = count == 0 ? 0 : Math.Round((double)total / count, 2),
    };

    private static int Checked(int stars) => stars is < 1 or > 5 ? throw CourseErrors.InvalidRating(stars) : stars;
}
