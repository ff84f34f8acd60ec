using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>Anomaly review failures; the codes are API contract.</summary>
public static class RiskErrors
{
    public const string AlreadyReviewedCode = "RISK_FLAG_ALREADY_REVIEWED";

    public static DomainException AlreadyReviewed(RiskFlagStatus status) =>
        new(AlreadyReviewedCode, $"The flag is already {status.ToString().ToLowerInvariant()}.");

    public static DomainException InvalidSubject() =>
        new("RISK_SUBJECT_INVALID", $"A flag needs a subject of at most {RiskFlag.SubjectLength} characters.");

    public static DomainException FlagNotFound() => new("RISK_FLAG_NOT_FOUND", "No such flag.");
}
