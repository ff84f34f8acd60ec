using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Coupons;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class CampaignGraphType : ObjectGraphType<CampaignDto>
{
    public const string TypeName = "Campaign";

    /// <summary>The segments feature's node type: campaigns name a segment by its global id.</summary>
    public const string SegmentTypeName = "Segment";

    public CampaignGraphType()
    {
        Description = "A lifecycle campaign: a segment, an action, a schedule or trigger, a holdout that never gets the action, "
            + "a frequency cap, quiet hours and a conversion window.";
        this.ImplementNode(TypeName, c => c.Id, (ctx, id) => ctx.Loader<CampaignByIdLoader>().LoadAsync(id));
        Field(c => c.Name).Description("The operator's name for it.");
        Field<NonNullGraphType<IdGraphType>>("segmentId").Description("The segment whose members it enrols (global id).")
            .Resolve(ctx => GlobalId.Encode(SegmentTypeName, ctx.Source.SegmentId)).Projects(nameof(CampaignDto.SegmentId));
        Field<NonNullGraphType<CampaignActionKindGraphType>>("action").Description("What treated users get.")
            .Resolve(ctx => ctx.Source.Action).Projects(nameof(CampaignDto.Action));
        Field<CouponGraphType>("coupon").Description("The coupon it issues; null for other actions.")
            .Resolve(ctx => ctx.Source.CouponId is { } id ? ctx.Loader<CouponByIdLoader>().LoadAsync(id) : null)
            .Projects(nameof(CampaignDto.CouponId));
        Field(c => c.MessageTitle, nullable: true).Description("The message's title; null for other actions.");
        Field(c => c.MessageNote, nullable: true).Description("The message's note; null for other actions.");
        Field(c => c.MessagePage, nullable: true).Description("The mini program page the message opens; null for other actions.");
        Field<IdGraphType>("personalOfferId").Description("The course or offer a personal price is for (global id); null for other actions.")
            .Resolve(ctx => ctx.Source.OfferId is { } id
                ? GlobalId.Encode(ctx.Source.OfferKind == OfferKind.Course ? CourseGraphType.TypeName : OfferGraphType.TypeName, id)
                : null)
            .Projects(nameof(CampaignDto.OfferId), nameof(CampaignDto.OfferKind));
        Field(c => c.PersonalPriceFen, nullable: true).Description("The personal price in fen; null for other actions.");
        Field(c => c.OfferValidDays, nullable: true).Description("Days a personal price lasts after it is offered; null for other actions.");
        Field<NonNullGraphType<CampaignTriggerGraphType>>("trigger").Description("When it enrols.")
            .Resolve(ctx => ctx.Source.Trigger).Projects(nameof(CampaignDto.Trigger));
        Field(c => c.RunAt, nullable: true).Description("A scheduled campaign's first run.");
        Field(c => c.NextRunAt, nullable: true).Description("When the scheduler runs it next; null when triggered, done or ended.");
        Field(c => c.HoldoutShare).Description("The share of enrolled users held out, in (0, 0.5].");
        Field(c => c.FrequencyCapActions).Description("At most this many marketing actions per user (across campaigns)…");
        Field(c => c.FrequencyCapDays).Description("…in this many days.");
        Field(c => c.QuietHoursStart).Description("Quiet hours start at this local hour (operator's time zone)…");
        Field(c => c.QuietHoursEnd).Description("…and end at this one; messages due in them wait for their end.");
        Field(c => c.ConversionWindowDays).Description("Days after enrolment in which a paid order counts as a conversion.");
        Field<NonNullGraphType<CampaignStatusGraphType>>("status").Description("Draft, active or ended.")
            .Resolve(ctx => ctx.Source.Status).Projects(nameof(CampaignDto.Status));
        Field(c => c.CreatedAt).Description("When it was created.");
        Field(c => c.ActivatedAt, nullable: true).Description("When it was activated.");
        Field(c => c.EndedAt, nullable: true).Description("When it ended.");
    }
}
