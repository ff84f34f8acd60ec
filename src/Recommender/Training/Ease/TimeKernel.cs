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

    /// <summary>
    /// A kernel over each learner's first time (in days) with each of their courses: <paramref name="times"/> may hold
    /// several times per (learner, course), the earliest counts; <paramref name="coursesByUser"/> is the order
    /// <see cref="EaseWeights.Fit"/> gets the courses in, and every pair in it needs a time.
    /// </summary>
    public static TimeKernel OfFirstTimes(
        IEnumerable<(int User, int Course, double Day)> times, IReadOnlyList<int[]> coursesByUser, double scaleDays, double mix)
    {
        var first = new Dictionary<(int User, int Course), double>();
        foreach (var (user, course, day) in times)
        {
            if (!first.TryGetValue((user, course), out var earliest) || day < earliest)
            {
                first[(user, course)] = day;
            }
        }

        double[][] days = [.. coursesByUser.Select((courses, user) => courses.Select(course => first[(user, course)]).ToArray())];
        return new TimeKernel(days, scaleDays, mix);
    }

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
