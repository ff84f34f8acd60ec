using MathNet.Numerics.Distributions;

namespace KnowledgePay.Application.Experiments.Analysis;

/// <summary>
/// Sample-ratio mismatch: a chi-square goodness-of-fit test of the exposed users per variant against the configured
/// weights. A mismatch means assignment or exposure logging is broken (a variant that crashes before logging, a bot
/// filter on one arm), and then no difference between the arms can be trusted. The alarm threshold is p &lt; 0.001, the
/// convention of Fabijan et al. (KDD 2019, "Diagnosing sample ratio mismatch"): the check runs on every look, so a
/// strict threshold keeps false alarms rare while a real 52/48 split at tens of thousands of users still trips it.
/// </summary>
public sealed record SampleRatioCheck(double ChiSquare, double PValue, bool Alarm)
{
    public const double AlarmBelow = 0.001;

    public static SampleRatioCheck Of(IReadOnlyList<long> observed, IReadOnlyList<int> weights)
    {
        var total = observed.Sum();
        var weightTotal = weights.Sum();
        if (total == 0 || observed.Count < 2)
        {
            return new SampleRatioCheck(0, 1, false);
        }

        var chiSquare = observed.Select((count, i) => (Count: count, Expected: (double)total * weights[i] / weightTotal))
            .Sum(x => (x.Count - x.Expected) * (x.Count - x.Expected) / x.Expected);
        var pValue = 1 - ChiSquared.CDF(observed.Count - 1, chiSquare);
        return new SampleRatioCheck(chiSquare, pValue, pValue < AlarmBelow);
    }
}
