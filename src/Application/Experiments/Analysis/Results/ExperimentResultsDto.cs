using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Analysis.Results;

/// <summary>An experiment's analysis as of now: every variant's figures, the sample-ratio check, guardrail breaches and the plan.</summary>
public sealed record ExperimentResultsDto(
    string Key,
    string Name,
    ExperimentStatus Status,
    ExperimentMetric PrimaryMetric,
    int ConversionWindowDays,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    long ExposedUsers,
    double Alpha,
    double MinimumDetectableEffect,
    IReadOnlyList<VariantResultDto> Variants,
    SampleRatioDto SampleRatio,
    IReadOnlyList<GuardrailBreachDto> GuardrailBreaches,
    long? RecommendedExposedUsers,
    double? Progress);

/// <summary>One variant's outcomes; the comparisons are null for the control.</summary>
public sealed record VariantResultDto(
    string Key,
    int Weight,
    bool IsControl,
    long ExposedUsers,
    long Conversions,
    long RevenueFen,
    EstimateDto ConversionRate,
    EstimateDto RevenuePerUser,
    double RefundRate,
    double PageErrorRate,
    ComparisonDto? ConversionVsControl,
    ComparisonDto? RevenuePerUserVsControl);

/// <summary>A mean with its always-valid interval (null until there are two users).</summary>
public sealed record EstimateDto(double Value, IntervalDto? AlwaysValid);

public sealed record IntervalDto(double Lower, double Upper);

/// <summary>
/// A variant's mean minus the control's: the fixed-horizon (Welch) interval, valid for one look only; the always-valid
/// interval and p-value, valid however often the results are read; and the same after CUPED, with the variance it removed.
/// </summary>
public sealed record ComparisonDto(
    double Difference,
    double? RelativeDifference,
    IntervalDto? FixedHorizon,
    IntervalDto? AlwaysValid,
    double AlwaysValidPValue,
    bool Significant,
    double CupedDifference,
    IntervalDto? CupedAlwaysValid,
    double CupedAlwaysValidPValue,
    double VarianceReduction);

public sealed record SampleRatioDto(double ChiSquare, double PValue, bool Alarm);

public enum GuardrailMetric
{
    RefundRate,
    PageErrorRate,
}

/// <summary>A variant whose guardrail metric rose over the control's by more than the experiment allows, with confidence.</summary>
public sealed record GuardrailBreachDto(
    string VariantKey, GuardrailMetric Metric, double Increase, double LowerBound, double MaxIncrease);
