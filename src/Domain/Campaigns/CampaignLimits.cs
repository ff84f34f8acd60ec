namespace KnowledgePay.Domain.Campaigns;

public static class CampaignLimits
{
    public const int NameLength = 60;
    public const double MaxHoldoutShare = 0.5;
    public const int MaxCapActions = 20;
    public const int MaxCapDays = 90;
    public const int MaxConversionWindowDays = 90;
    public const int MaxOfferValidDays = 90;
    public const int MessageTitleLength = 20;
    public const int MessageNoteLength = 20;
    public const int MessagePageLength = 256;
    public const int ConsentSourceLength = 40;
}
