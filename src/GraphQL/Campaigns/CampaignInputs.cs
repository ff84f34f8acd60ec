using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Commands.ActivateCampaign;
using KnowledgePay.Application.Campaigns.Commands.CreateCampaign;
using KnowledgePay.Application.Campaigns.Commands.EndCampaign;
using KnowledgePay.Application.Campaigns.Commands.RunCampaign;
using KnowledgePay.Application.Campaigns.Commands.SetMarketingConsent;
using KnowledgePay.Application.Campaigns.Commands.UpdateCampaign;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Coupons;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class CampaignFieldsInputGraphType : InputObjectGraphType<CampaignDefinition>
{
    public CampaignFieldsInputGraphType()
    {
        Name = "CampaignFieldsInput";
        Description = "A campaign's whole definition. Give the fields of its action only: couponId (coupon); messageTitle, messageNote "
            + "and messagePage (message); personalCourseId or personalOfferId, personalPriceFen and offerValidDays (personal price).";
        Field(c => c.Name).Description($"1 to {CampaignLimits.NameLength} characters.");
        this.IdField("segmentId", CampaignGraphType.SegmentTypeName).Description("The segment whose members it enrols.");
        Field<NonNullGraphType<CampaignActionKindGraphType>>("action").Description("What treated users get.");
        Field<NonNullGraphType<CampaignTriggerGraphType>>("trigger").Description("When it enrols.");
        Field(c => c.RunAt, nullable: true).Description("ONCE and DAILY: the (first) run; events: none.");
        Field(c => c.HoldoutShare, nullable: true).Description("Required: the share of users held out to measure the lift, in (0, 0.5].");
        Field(c => c.FrequencyCapActions).DefaultValue(2)
            .Description($"At most this many marketing actions per user across campaigns (1 to {CampaignLimits.MaxCapActions})…");
        Field(c => c.FrequencyCapDays).DefaultValue(7).Description($"…in this many days (1 to {CampaignLimits.MaxCapDays}).");
        Field(c => c.QuietHoursStart).DefaultValue(22).Description("Quiet hours' first local hour, 0 to 23 (operator's time zone).");
        Field(c => c.QuietHoursEnd).DefaultValue(8).Description("The local hour quiet hours end, 0 to 23, not the start; may wrap midnight.");
        Field(c => c.ConversionWindowDays).DefaultValue(7)
            .Description($"Days after enrolment in which a paid order counts as a conversion (1 to {CampaignLimits.MaxConversionWindowDays}).");
        this.OptionalIdField("couponId", CouponGraphType.TypeName).Description("ISSUE_COUPON: the coupon.");
        Field(c => c.MessageTitle, nullable: true).Description($"SEND_MESSAGE: the title, at most {CampaignLimits.MessageTitleLength} characters.");
        Field(c => c.MessageNote, nullable: true).Description($"SEND_MESSAGE: the note, at most {CampaignLimits.MessageNoteLength} characters.");
        Field(c => c.MessagePage, nullable: true).Description("SEND_MESSAGE: the mini program page it opens.");
        this.OptionalIdField("personalCourseId", CourseGraphType.TypeName).Description("OFFER_PERSONAL_PRICE: the course…");
        this.OptionalIdField("personalOfferId", OfferGraphType.TypeName).Description("…or the offer.");
        Field(c => c.PersonalPriceFen, nullable: true)
            .Description("OFFER_PERSONAL_PRICE: the price in fen, below the list price and within the offer's guardrails.");
        Field(c => c.OfferValidDays, nullable: true)
            .Description($"OFFER_PERSONAL_PRICE: days the price lasts once offered (1 to {CampaignLimits.MaxOfferValidDays}).");
    }
}

internal sealed class CreateCampaignInputGraphType : InputObjectGraphType<CreateCampaignCommand>
{
    public CreateCampaignInputGraphType()
    {
        Name = "CreateCampaignInput";
        Field<NonNullGraphType<CampaignFieldsInputGraphType>>("campaign").Description("The definition.");
    }
}

internal sealed class UpdateCampaignInputGraphType : InputObjectGraphType<UpdateCampaignCommand>
{
    public UpdateCampaignInputGraphType()
    {
        Name = "UpdateCampaignInput";
        Description = "Replaces a draft campaign's definition.";
        this.IdField("campaignId", CampaignGraphType.TypeName);
        Field<NonNullGraphType<CampaignFieldsInputGraphType>>("campaign").Description("The whole new definition.");
    }
}

internal sealed class ActivateCampaignInputGraphType : InputObjectGraphType<ActivateCampaignCommand>
{
    public ActivateCampaignInputGraphType()
    {
        Name = "ActivateCampaignInput";
        this.IdField("campaignId", CampaignGraphType.TypeName);
    }
}

internal sealed class EndCampaignInputGraphType : InputObjectGraphType<EndCampaignCommand>
{
    public EndCampaignInputGraphType()
    {
        Name = "EndCampaignInput";
        this.IdField("campaignId", CampaignGraphType.TypeName);
    }
}

internal sealed class RunCampaignInputGraphType : InputObjectGraphType<RunCampaignCommand>
{
    public RunCampaignInputGraphType()
    {
        Name = "RunCampaignInput";
        this.IdField("campaignId", CampaignGraphType.TypeName);
    }
}

internal sealed class SetMarketingConsentInputGraphType : InputObjectGraphType<SetMarketingConsentCommand>
{
    public SetMarketingConsentInputGraphType()
    {
        Name = "SetMarketingConsentInput";
        Field(c => c.Granted).Description("True to accept marketing, false to withdraw.");
        Field(c => c.Source).Description($"Where the learner did it, e.g. settings_page (1 to {CampaignLimits.ConsentSourceLength} characters).");
    }
}
