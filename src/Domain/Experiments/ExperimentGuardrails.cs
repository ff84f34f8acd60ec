namespace KnowledgePay.Domain.Experiments;

/// <summary>
/// How much worse than the control a variant may be on the guardrail metrics before it is flagged: the refund rate
/// of its converted users and the share of its exposed users who hit a page error, both as absolute increases (0.02 =
/// two percentage points).
/// </summary>
public sealed record ExperimentGuardrails(double MaxRefundRateIncrease, double MaxPageErrorRateIncrease)
{
    public static readonly ExperimentGuardrails Default = new(0.02, 0.01);
}
