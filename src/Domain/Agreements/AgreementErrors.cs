using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Agreements;

/// <summary>Agreement publishing and acceptance failures; the codes are API contract, never renamed silently.</summary>
public static class AgreementErrors
{
    public const string VersionNotFoundCode = "AGREEMENT_VERSION_NOT_FOUND";
    public const string VersionSupersededCode = "AGREEMENT_VERSION_SUPERSEDED";
    public const string VersionNotYetEffectiveCode = "AGREEMENT_VERSION_NOT_YET_EFFECTIVE";
    public const string DuplicateVersionLabelCode = "AGREEMENT_VERSION_LABEL_TAKEN";
    public const string InvalidVersionCode = "AGREEMENT_VERSION_INVALID";
    public const string InvalidConsentSourceCode = "CONSENT_SOURCE_INVALID";

    public static DomainException VersionNotFound(Guid versionId) =>
        new(VersionNotFoundCode, $"There is no agreement version {versionId}.");

    public static DomainException VersionSuperseded() =>
        new(VersionSupersededCode, "A newer version of this agreement is in effect: accept the current one.");

    public static DomainException VersionNotYetEffective() =>
        new(VersionNotYetEffectiveCode, "This version of the agreement is not in effect yet.");

    public static DomainException DuplicateVersionLabel(AgreementKind kind, string label) =>
        new(DuplicateVersionLabelCode, $"The {kind} already has a version labelled {label}.");

    public static DomainException InvalidVersion(string why) => new(InvalidVersionCode, why);

    public static DomainException InvalidConsentSource() =>
        new(InvalidConsentSourceCode, $"Name where consent changed in 1 to {AgreementLimits.ConsentSourceLength} characters.");
}
