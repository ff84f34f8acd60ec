using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Moderation;

/// <summary>Moderation queue failures; the codes are API contract.</summary>
public static class ModerationCaseErrors
{
    public const string AlreadyReportedCode = "MODERATION_ALREADY_REPORTED";
    public const string DecisionNotApplicableCode = "MODERATION_DECISION_NOT_APPLICABLE";
    public const string InvalidReportReasonCode = "MODERATION_INVALID_REPORT_REASON";

    public static DomainException AlreadyReported() =>
        new(AlreadyReportedCode, "You have already reported this; a moderator will look at it.");

    /// <summary>Approve or hide content that is hidden, or restore content that is not.</summary>
    public static DomainException DecisionNotApplicable(ModerationDecision decision, ModerationStatus status) =>
        new(DecisionNotApplicableCode, $"Content that is {status.ToString().ToLowerInvariant()} cannot be given the decision {decision}.");

    public static DomainException InvalidReportReason() =>
        new(InvalidReportReasonCode, $"A report's reason holds 1 to {ModerationLimits.ReportReasonLength} characters.");
}
