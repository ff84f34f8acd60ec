namespace KnowledgePay.Domain.Privacy;

/// <summary>What a user asked us to do with their personal data.</summary>
public enum PrivacyRequestKind
{
    DataExport,
    AccountDeletion,
}
