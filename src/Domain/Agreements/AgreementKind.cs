namespace KnowledgePay.Domain.Agreements;

/// <summary>The documents a user agrees to: the service's user agreement and its privacy policy.</summary>
public enum AgreementKind
{
    UserAgreement,
    PrivacyPolicy,
}
