namespace KnowledgePay.Domain.Catalog;

/// <summary>Learners' star ratings of a course, kept as count and total so the average never drifts.</summary>
public sealed record RatingSummary
{
    public static RatingSummary None { get; } = new();

    public int Count { get; private init; }

    public long TotalStars { get; private init; }

    /// <summary>Average stars rounded to two decimals; stored so that catalogue sorting stays in SQL.</summary>
    public double Average { get; private init; }

    public RatingSummary Add(int stars)
    {
        if (stars is < 1 or > 5)
        {
            throw CourseErrors.InvalidRating(stars);
        }

        var count = Count + 1;
        var total = TotalStars + stars;
        return new RatingSummary { Count = count, TotalStars = total, Average = Math.Round((double)total / count, 2) };
    }
}
