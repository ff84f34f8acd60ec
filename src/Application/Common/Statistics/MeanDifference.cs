using MathNet.Numerics.Distributions;

namespace KnowledgePay.Application.Common.Statistics;

/// <summary>A treatment's mean minus a control's, with its interval and two-sided p-value (no interval below two users a side).</summary>
public sealed record MeanDifference(double Difference, double? Lower, double? Upper, double PValue)
{
    /// <summary>
    /// Welch's normal-approximation interval for the difference of two independent means at <paramref name="confidence"/>:
    /// valid for one look at a fixed sample, as a campaign's end-of-run lift is.
    /// </summary>
    public static MeanDifference Between(SampleMoments treatment, SampleMoments control, double confidence = 0.95)
    {
        var difference = treatment.Mean - control.Mean;
        if (treatment.Count < 2 || control.Count < 2)
        {
            return new MeanDifference(difference, null, null, 1);
        }

        var standardError = Math.Sqrt((treatment.Variance / treatment.Count) + (control.Variance / control.Count));
        if (standardError == 0)
        {
            return new MeanDifference(difference, difference, difference, difference == 0 ? 1 : 0);
        }

        var z = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        var pValue = 2 * (1 - Normal.CDF(0, 1, Math.Abs(difference) / standardError));
        return new MeanDifference(difference, difference - (z * standardError), difference + (z * standardError), pValue);
    }
}
