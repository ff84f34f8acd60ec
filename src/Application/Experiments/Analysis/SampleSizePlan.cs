using MathNet.Numerics.Distributions;

namespace KnowledgePay.Application.Experiments.Analysis;

/// <summary>
/// How many exposed users the experiment needs before the always-valid test (<see cref="AlwaysValidDifference"/>) detects
/// an effect of the minimum detectable size with the wanted power. Honest for the sequential test, not the fixed-horizon
/// formula: it asks for the smallest total N at which the confidence sequence's half-width h plus z₁₋β standard errors
/// fits inside the effect (δ ≥ h(V_N) + z₁₋β·√V_N), so at N the estimate clears the sequence's bound with probability at
/// least the power even counting only the last look. Earlier looks can only add detections, so the plan is conservative;
/// it is roughly twice the fixed-horizon sample size, the price of being allowed to peek.
/// </summary>
public static class SampleSizePlan
{
    public const double DefaultPower = 0.8;

    private const long MaxUsers = 1_000_000_000_000;

    /// <param name="effect">δ, the absolute difference to detect (also the test's mixing τ).</param>
    /// <param name="controlVariance">Per-user variance of the metric in the control.</param>
    /// <param name="treatmentVariance">Per-user variance of the metric in the treatment at the effect.</param>
    /// <param name="controlShare">The control's share of the users the experiment exposes (weight / 100).</param>
    /// <param name="treatmentShare">The treatment's share.</param>
    /// <returns>The total exposed users needed, or null when the effect is zero or the metric has no variance yet.</returns>
    public static long? TotalUsers(
        double effect,
        double controlVariance,
        double treatmentVariance,
        double controlShare,
        double treatmentShare,
        double alpha,
        double power = DefaultPower)
    {
        if (effect <= 0 || controlVariance + treatmentVariance <= 0)
        {
            return null;
        }

        var zPower = Normal.InvCDF(0, 1, power);
        bool Enough(long total)
        {
            var variance = (controlVariance / (controlShare * total)) + (treatmentVariance / (treatmentShare * total));
            return effect >= AlwaysValidDifference.HalfWidth(variance, effect, alpha) + (zPower * Math.Sqrt(variance));
        }

        long high = 2;
        while (!Enough(high))
        {
            if (high >= MaxUsers)
            {
                return null;
            }

            high *= 2;
        }

        var low = high / 2;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = Enough(middle) ? (low, middle) : (middle, high);
        }

        return high;
    }
}
