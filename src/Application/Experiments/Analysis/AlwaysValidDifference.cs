using KnowledgePay.Application.Common.Statistics;

namespace KnowledgePay.Application.Experiments.Analysis;

/// <summary>
/// The mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and Walsh, "Always valid inference:
/// bringing sequential analysis to A/B testing" (2017, "Peeking at A/B tests"): the likelihood ratio of "the means
/// differ by θ" against "they are equal", averaged over a normal mixing distribution θ ~ N(0, τ²), is a martingale under
/// the null, so by Ville's inequality it crosses 1/α with probability at most α ever — however often anyone looks.
/// With the difference's normal approximation Δ ~ N(θ, V), the mixture has the closed form
/// Λ = √(V / (V + τ²)) · exp(τ²Δ² / (2V(V + τ²))); the always-valid p-value is 1/Λ, and inverting Λ &lt; 1/α gives the
/// confidence sequence Δ ± √(V(V + τ²)/τ² · (2 ln(1/α) + ln((V + τ²)/V))).
/// </summary>
public sealed record AlwaysValidDifference(double Difference, double? Lower, double? Upper, double PValue)
{
    /// <param name="mixingSd">τ, the size of effect the test is most sensitive to (the minimum detectable effect).</param>
    public static AlwaysValidDifference Between(SampleMoments treatment, SampleMoments control, double mixingSd, double alpha)
    {
        var difference = treatment.Mean - control.Mean;
        if (treatment.Count < 2 || control.Count < 2 || mixingSd <= 0)
        {
            return new AlwaysValidDifference(difference, null, null, 1);
        }

        return Of(difference, treatment.VarianceOfMean + control.VarianceOfMean, mixingSd, alpha);
    }

    /// <summary>The test of a difference <paramref name="difference"/> whose estimate has variance <paramref name="variance"/>.</summary>
    public static AlwaysValidDifference Of(double difference, double variance, double mixingSd, double alpha)
    {
        if (variance <= 0)
        {
            return new AlwaysValidDifference(difference, difference, difference, difference == 0 ? 1 : 0);
        }

        var mixingVariance = mixingSd * mixingSd;
        var logLambda = (0.5 * Math.Log(variance / (variance + mixingVariance)))
            + (mixingVariance * difference * difference / (2 * variance * (variance + mixingVariance)));
        var halfWidth = HalfWidth(variance, mixingSd, alpha);
        return new AlwaysValidDifference(difference, difference - halfWidth, difference + halfWidth, Math.Min(1, Math.Exp(-logLambda)));
    }

    /// <summary>Half the width of the confidence sequence at level 1 − α for an estimate of variance <paramref name="variance"/>.</summary>
    public static double HalfWidth(double variance, double mixingSd, double alpha)
    {
        var mixingVariance = mixingSd * mixingSd;
        return Math.Sqrt(variance * (variance + mixingVariance) / mixingVariance
            * ((2 * Math.Log(1 / alpha)) + Math.Log((variance + mixingVariance) / variance)));
    }

    public bool IsSignificant(double alpha) => PValue < alpha;
}
