using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>Anomaly review failures; the codes are API contract.</summary>
public static class RiskErrors
{
    public const string AlreadyReviewedCode = "RISK_FLAG_ALREADY_REVIEWED";

    public const string FlagNotFoundCode = "RISK_FLAG_NOT_FOUND";

    public const string RefundRestrictedCode = "REFUND_RESTRICTED";

    public static DomainException AlreadyReviewed(RiskFlagStatus status) =>
        new(AlreadyReviewedCode, $"The flag is already {status.ToString().ToLowerInvariant()}.");

    public static DomainException InvalidSubject() =>
        new("RISK_SUBJECT_INVALID", $"A flag needs a subject of at most {RiskFlag.SubjectLength} characters.");

    public static DomainException FlagNotFound() => new(FlagNotFoundCode, "No such flag.");

    public static DomainException RefundRestricted() =>
        new(RefundRestrictedCode, "Refunds for this account are handled by customer service; please contact us.");
}
