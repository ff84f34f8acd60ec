using KnowledgePay.Application.Common.Statistics;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Analysis.Results;

/// <summary>
/// Turns the per-variant sums into the results an operator reads: every figure comes from the sums alone, so the
/// analysis costs the same at ten users or ten million. Each metric's test is tuned to an effect of
/// <c>minimumDetectableEffect</c> × the control's mean (the mSPRT's mixing τ), each guardrail's to its own limit.
/// </summary>
public static class ExperimentAnalysis
{
    public const double Alpha = 0.05;

    public static ExperimentResultsDto Analyse(Experiment experiment, IReadOnlyList<VariantSums> sums, double minimumDetectableEffect)
    {
        var control = sums[0];
        var conversionCuped = Cuped.Fit([.. sums.Select(s => s.Conversion)]);
        var revenueCuped = Cuped.Fit([.. sums.Select(s => s.RevenuePerUser)]);
        var conversionTau = minimumDetectableEffect * control.Conversion.Outcome.Mean;
        var revenueTau = minimumDetectableEffect * control.RevenuePerUser.Outcome.Mean;

        var variants = experiment.Variants.Select((variant, i) =>
        {
            var arm = sums[i];
            var isControl = i == 0;
            return new VariantResultDto(
                variant.Key,
                variant.Weight,
                isControl,
                arm.Users,
                arm.Converted,
                (long)arm.Revenue,
                Estimate(arm.Conversion.Outcome, conversionTau),
                Estimate(arm.RevenuePerUser.Outcome, revenueTau),
                arm.RefundRate.Mean,
                arm.PageErrorRate.Mean,
                isControl ? null : Compare(arm.Conversion, control.Conversion, conversionCuped, conversionTau),
                isControl ? null : Compare(arm.RevenuePerUser, control.RevenuePerUser, revenueCuped, revenueTau));
        }).ToList();

        var exposed = sums.Sum(s => s.Users);
        var recommended = Recommend(experiment, control, minimumDetectableEffect);
        return new ExperimentResultsDto(
            experiment.Key,
            experiment.Name,
            experiment.Status,
            experiment.PrimaryMetric,
            experiment.ConversionWindowDays,
            experiment.StartedAt,
            experiment.StoppedAt,
            exposed,
            Alpha,
            minimumDetectableEffect,
            variants,
            SampleRatio(experiment, sums),
            [.. Breaches(experiment, sums)],
            recommended,
            recommended is { } total ? (double)exposed / total : null);
    }

    private static EstimateDto Estimate(SampleMoments arm, double tau) =>
        new(arm.Mean, arm.Count < 2 || tau <= 0 || arm.VarianceOfMean <= 0
            ? null
            : Interval(arm.Mean, AlwaysValidDifference.HalfWidth(arm.VarianceOfMean, tau, Alpha)));

    private static ComparisonDto Compare(CovariateMoments treatment, CovariateMoments control, Cuped cuped, double tau)
    {
        var fixedHorizon = MeanDifference.Between(treatment.Outcome, control.Outcome, 1 - Alpha);
        var alwaysValid = AlwaysValidDifference.Between(treatment.Outcome, control.Outcome, tau, Alpha);
        var adjustedTreatment = cuped.Adjust(treatment);
        var adjustedControl = cuped.Adjust(control);
        var adjusted = AlwaysValidDifference.Between(adjustedTreatment, adjustedControl, tau, Alpha);
        return new ComparisonDto(
            alwaysValid.Difference,
            control.Outcome.Mean == 0 ? null : alwaysValid.Difference / control.Outcome.Mean,
            Interval(fixedHorizon.Lower, fixedHorizon.Upper),
            Interval(alwaysValid.Lower, alwaysValid.Upper),
            alwaysValid.PValue,
            alwaysValid.IsSignificant(Alpha),
            adjusted.Difference,
            Interval(adjusted.Lower, adjusted.Upper),
            adjusted.PValue,
            Cuped.VarianceReduction(treatment.Outcome, control.Outcome, adjustedTreatment, adjustedControl));
    }

    private static SampleRatioDto SampleRatio(Experiment experiment, IReadOnlyList<VariantSums> sums)
    {
        var check = SampleRatioCheck.Of([.. sums.Select(s => s.Users)], [.. experiment.Variants.Select(v => v.Weight)]);
        return new SampleRatioDto(check.ChiSquare, check.PValue, check.Alarm);
    }

    private static IEnumerable<GuardrailBreachDto> Breaches(Experiment experiment, IReadOnlyList<VariantSums> sums)
    {
        var limits = experiment.Guardrails;
        foreach (var arm in sums.Skip(1))
        {
            foreach (var (metric, treatment, control, limit) in new[]
            {
                (GuardrailMetric.RefundRate, arm.RefundRate, sums[0].RefundRate, limits.MaxRefundRateIncrease),
                (GuardrailMetric.PageErrorRate, arm.PageErrorRate, sums[0].PageErrorRate, limits.MaxPageErrorRateIncrease),
            })
            {
                var test = AlwaysValidDifference.Between(treatment, control, limit, Alpha);
                if (test.Lower > limit)
                {
                    yield return new GuardrailBreachDto(arm.VariantKey, metric, test.Difference, test.Lower.Value, limit);
                }
            }
        }
    }

    /// <summary>The exposed users the smallest variant needs against the control for the primary metric (null before a baseline exists).</summary>
    private static long? Recommend(Experiment experiment, VariantSums control, double minimumDetectableEffect)
    {
        var baseline = experiment.PrimaryMetric == ExperimentMetric.Conversion ? control.Conversion.Outcome : control.RevenuePerUser.Outcome;
        var effect = minimumDetectableEffect * baseline.Mean;
        var treatmentVariance = experiment.PrimaryMetric == ExperimentMetric.Conversion
            ? BernoulliVariance(baseline.Mean * (1 + minimumDetectableEffect))
            : baseline.Variance;
        var controlShare = experiment.Control.Weight / 100.0;
        var smallest = experiment.Variants.Skip(1).Min(v => v.Weight) / 100.0;
        return SampleSizePlan.TotalUsers(effect, baseline.Variance, treatmentVariance, controlShare, smallest, Alpha);
    }

    private static double BernoulliVariance(double rate) => Math.Clamp(rate, 0, 1) * (1 - Math.Clamp(rate, 0, 1));

    private static IntervalDto? Interval(double? lower, double? upper) =>
        lower is { } l && upper is { } u ? new IntervalDto(l, u) : null;

    private static IntervalDto Interval(double mean, double halfWidth) => new(mean - halfWidth, mean + halfWidth);
}
