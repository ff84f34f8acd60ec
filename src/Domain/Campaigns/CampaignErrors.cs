using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>Campaign definition and lifecycle failures; the codes are API contract, never renamed silently.</summary>
public static class CampaignErrors
{
    public const string InvalidNameCode = "CAMPAIGN_NAME_INVALID";
    public const string HoldoutRequiredCode = "CAMPAIGN_HOLDOUT_REQUIRED";
    public const string InvalidHoldoutCode = "CAMPAIGN_HOLDOUT_INVALID";
    public const string InvalidFrequencyCapCode = "CAMPAIGN_FREQUENCY_CAP_INVALID";
    public const string InvalidQuietHoursCode = "CAMPAIGN_QUIET_HOURS_INVALID";
    public const string InvalidConversionWindowCode = "CAMPAIGN_CONVERSION_WINDOW_INVALID";
    public const string InvalidActionCode = "CAMPAIGN_ACTION_INVALID";
    public const string InvalidScheduleCode = "CAMPAIGN_SCHEDULE_INVALID";
    public const string PersonalPriceBelowFloorCode = "CAMPAIGN_PERSONAL_PRICE_BELOW_FLOOR";
    public const string NotDraftCode = "CAMPAIGN_NOT_DRAFT";
    public const string NotActiveCode = "CAMPAIGN_NOT_ACTIVE";
    public const string NotScheduledCode = "CAMPAIGN_NOT_SCHEDULED";
    public const string InvalidConsentSourceCode = "MARKETING_CONSENT_SOURCE_INVALID";

    public static DomainException InvalidName() =>
        new(InvalidNameCode, $"A campaign needs a name of at most {CampaignLimits.NameLength} characters.");

    public static DomainException HoldoutRequired() =>
        new(HoldoutRequiredCode, "A campaign needs a holdout: a share of its users who never receive the action, to measure its lift.");

    public static DomainException InvalidHoldout(double share) =>
        new(InvalidHoldoutCode, $"The holdout share {share} is outside (0, {CampaignLimits.MaxHoldoutShare}].");

    public static DomainException InvalidFrequencyCap() =>
        new(InvalidFrequencyCapCode,
            $"The frequency cap allows 1 to {CampaignLimits.MaxCapActions} marketing actions per 1 to {CampaignLimits.MaxCapDays} days.");

    public static DomainException InvalidQuietHours() =>
        new(InvalidQuietHoursCode, "Quiet hours start and end at different whole hours from 0 to 23.");

    public static DomainException InvalidConversionWindow() =>
        new(InvalidConversionWindowCode, $"The conversion window is 1 to {CampaignLimits.MaxConversionWindowDays} days.");

    public static DomainException InvalidAction(string why) => new(InvalidActionCode, why);

    public static DomainException InvalidSchedule(string why) => new(InvalidScheduleCode, why);

    public static DomainException PersonalPriceBelowFloor(long priceFen, long lowestFen) =>
        new(PersonalPriceBelowFloorCode, $"The personal price {priceFen} fen is below the offer's guardrails, which allow {lowestFen} fen at the lowest.");

    public static DomainException NotDraft() => new(NotDraftCode, "Only a draft campaign can be changed or activated.");

    public static DomainException NotActive() => new(NotActiveCode, "The campaign is not active.");

    public static DomainException NotScheduled() =>
        new(NotScheduledCode, "The campaign is triggered by events; only a scheduled campaign is run by hand.");

    public static DomainException InvalidConsentSource() =>
        new(InvalidConsentSourceCode, $"Name where consent was given or withdrawn in 1 to {CampaignLimits.ConsentSourceLength} characters.");
}
