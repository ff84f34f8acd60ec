namespace KnowledgePay.Application.Common.Statistics;

/// <summary>
/// A group's per-user values reduced to what SQL can sum: the count, the sum and the sum of squares. Enough for the
/// mean and variance of conversion (0/1) or revenue, without loading a row.
/// </summary>
public readonly record struct SampleMoments(long Count, double Sum, double SumOfSquares)
{
    public double Mean => Count == 0 ? 0 : Sum / Count;

    /// <summary>The unbiased sample variance (0 for fewer than two values).</summary>
    public double Variance => Count < 2 ? 0 : Math.Max(0, (SumOfSquares - (Sum * Sum / Count)) / (Count - 1));

    /// <summary>The variance of the group's mean (0 for fewer than two values).</summary>
    public double VarianceOfMean => Count < 2 ? 0 : Variance / Count;

    /// <summary>The moments of two groups taken together.</summary>
    public static SampleMoments operator +(SampleMoments left, SampleMoments right) =>
        new(left.Count + right.Count, left.Sum + right.Sum, left.SumOfSquares + right.SumOfSquares);
}
