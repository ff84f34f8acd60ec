namespace KnowledgePay.Application.Agreements.Queries;

/// <summary>What a consent record is about.</summary>
public enum ConsentKind
{
    Personalisation,
    Marketing,
    UserAgreement,
    PrivacyPolicy,
}

/// <summary>
/// One entry of a user's consent history: a grant or withdrawal of personalisation or marketing consent, or the acceptance
/// of an agreement version (always a grant; its source is the platform, its version label named).
/// </summary>
public sealed record ConsentChangeDto(ConsentKind Kind, bool Granted, string Source, DateTimeOffset At, string? AgreementVersionLabel);
