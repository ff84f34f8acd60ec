using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Campaigns.CampaignErrors;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class CampaignNameInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignNameInvalidError", InvalidNameCode, "The name is empty or too long.");

internal sealed class CampaignHoldoutRequiredErrorGraphType() : CodedErrorGraphType(
    "CampaignHoldoutRequiredError", HoldoutRequiredCode, "A campaign needs a holdout share, so its lift can be measured.");

internal sealed class CampaignHoldoutInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignHoldoutInvalidError", InvalidHoldoutCode, "The holdout share is outside (0, 0.5].");

internal sealed class CampaignFrequencyCapInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignFrequencyCapInvalidError", InvalidFrequencyCapCode, "The frequency cap's actions or days are out of range.");

internal sealed class CampaignQuietHoursInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignQuietHoursInvalidError", InvalidQuietHoursCode, "Quiet hours need two different hours from 0 to 23.");

internal sealed class CampaignConversionWindowInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignConversionWindowInvalidError", InvalidConversionWindowCode, "The conversion window is out of range.");

internal sealed class CampaignActionInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignActionInvalidError", InvalidActionCode, "The action's fields are missing, invalid or belong to another action.");

internal sealed class CampaignScheduleInvalidErrorGraphType() : CodedErrorGraphType(
    "CampaignScheduleInvalidError", InvalidScheduleCode, "A scheduled campaign needs runAt; a triggered one takes none.");

internal sealed class CampaignPersonalPriceBelowFloorErrorGraphType() : CodedErrorGraphType(
    "CampaignPersonalPriceBelowFloorError", PersonalPriceBelowFloorCode, "The personal price is below the offer's guardrails.");

internal sealed class CampaignNotDraftErrorGraphType() : CodedErrorGraphType(
    "CampaignNotDraftError", NotDraftCode, "Only a draft campaign can be changed or activated.");

internal sealed class CampaignNotActiveErrorGraphType() : CodedErrorGraphType(
    "CampaignNotActiveError", NotActiveCode, "The campaign is not active.");

internal sealed class CampaignNotScheduledErrorGraphType() : CodedErrorGraphType(
    "CampaignNotScheduledError", NotScheduledCode, "An event-triggered campaign is not run by hand.");

internal sealed class MarketingConsentSourceInvalidErrorGraphType() : CodedErrorGraphType(
    "MarketingConsentSourceInvalidError", InvalidConsentSourceCode, "The source is empty or too long.");
