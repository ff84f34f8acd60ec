namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>
/// Weighs a learner's pair of courses in EASE's Gram matrix by how close in time they took them:
/// (1 − m) + m·exp(−|t_i − t_j| / τ), the plain pair weight 1 mixed with a Laplacian kernel of the time gap. The kernel
/// is positive definite and 1 at a zero gap, so each learner's block stays positive semi-definite, the diagonal keeps
/// weight 1, and τ → ∞ or m = 0 give exactly EASE's XᵀX.
/// </summary>
/// <param name="DaysByUser">Each learner's time of taking each course (in days), aligned with their courses as given to
/// <see cref="EaseWeights.Fit"/>.</param>
/// <param name="ScaleDays">τ &gt; 0, the gap (in days) at which the kernel has fallen to 1/e.</param>
/// <param name="Mix">m in [0, 1]: the kernel's share of a pair's weight.</param>
public sealed record TimeKernel(IReadOnlyList<double[]> DaysByUser, double ScaleDays, double Mix)
{
    /// <summary>Beyond this many τ the kernel (below e^−40) no longer changes a weight in double precision.</summary>
    private const double NegligibleGapInScales = 40;

    /// <summary>The weight of a pair taken <paramref name="firstDay"/> and <paramref name="secondDay"/>.</summary>
    public double Weight(double firstDay, double secondDay)
    {
        var scaledGap = Math.Abs(firstDay - secondDay) / ScaleDays;
        var kernel = scaledGap >= NegligibleGapInScales ? 0.0 : Math.Exp(-scaledGap);
        // 1 − m·(1 − k) rather than (1 − m) + m·k, so that k = 1 gives exactly 1.
        return 1.0 - Mix * (1.0 - kernel);
    }

    internal void Validate(int learners)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ScaleDays);
        ArgumentOutOfRangeException.ThrowIfNegative(Mix);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Mix, 1.0);
        ArgumentOutOfRangeException.ThrowIfNotEqual(DaysByUser.Count, learners);
    }
}
