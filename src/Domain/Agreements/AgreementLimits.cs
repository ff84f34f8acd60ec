namespace KnowledgePay.Domain.Agreements;

public static class AgreementLimits
{
    public const int VersionLabelLength = 32;
    public const int TitleLength = 100;
    public const int BodyLength = 100_000;
    public const int UrlLength = 500;
    public const int ClientVersionLength = 32;
    public const int ConsentSourceLength = 40;
}
