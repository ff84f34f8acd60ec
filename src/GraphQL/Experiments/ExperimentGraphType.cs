using GraphQL.Types;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Experiments;

internal sealed class ExperimentGraphType : ObjectGraphType<ExperimentDto>
{
    public const string TypeName = "Experiment";

    public const string SegmentTypeName = "Segment";

    public ExperimentGraphType()
    {
        Name = TypeName;
        Description = "An A/B experiment: its variants, what it varies, whom it targets, what it is decided on, and its lifecycle.";
        this.GlobalIdField(Name, e => e.Id);
        Field(e => e.Key).Description("The stable name the mini program asks experimentVariant for.");
        Field(e => e.Name).Description("What operators call it.");
        Field<NonNullGraphType<ExperimentSurfaceGraphType>>("surface").Description("What it varies.").Resolve(ctx => ctx.Source.Surface)
            .Projects(nameof(ExperimentDto.Surface));
        Field<NonNullGraphType<ExperimentStatusGraphType>>("status").Description("Draft, running or stopped.").Resolve(ctx => ctx.Source.Status)
            .Projects(nameof(ExperimentDto.Status));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExperimentVariantGraphType>>>>("variants")
            .Description("Its arms; the first is the control.")
            .Resolve(ctx => ctx.Source.Variants)
            .Projects(nameof(ExperimentDto.Variants));
        Field<IdGraphType>("offerId")
            .Description("A price experiment's offer: a Course's or an Offer's global id; null for other surfaces.")
            .Resolve(ctx => ctx.Source.OfferId is { } id
                ? GlobalId.Encode(ctx.Source.OfferKind == OfferKind.Course ? CourseGraphType.TypeName : OfferGraphType.TypeName, id)
                : null)
            .Projects(nameof(ExperimentDto.OfferKind), nameof(ExperimentDto.OfferId));
        Field<NonNullGraphType<ExperimentAudienceGraphType>>("audience").Description("Everyone, new or returning learners.")
            .Resolve(ctx => ctx.Source.Audience).Projects(nameof(ExperimentDto.Audience));
        Field<IdGraphType>("segmentId")
            .Description("Only members of this segment take part; null for no segment.")
            .Resolve(ctx => ctx.Source.SegmentId is { } id ? GlobalId.Encode(SegmentTypeName, id) : null)
            .Projects(nameof(ExperimentDto.SegmentId));
        Field(e => e.Platforms).Description("The client platforms it is shown on (ClientPlatform names); empty for all.");
        Field(e => e.Layer, nullable: true).Description("Experiments of one layer never share a user; null for none.");
        Field(e => e.LayerSharePercent).Description("The share of its layer's users it takes (100 without a layer).");
        Field(e => e.LayerStart).Description("The first of the layer's 10,000 buckets it holds once started.");
        Field(e => e.LayerEnd).Description("One past the last layer bucket it holds once started.");
        Field<NonNullGraphType<ExperimentMetricGraphType>>("primaryMetric").Description("What it is decided on.")
            .Resolve(ctx => ctx.Source.PrimaryMetric).Projects(nameof(ExperimentDto.PrimaryMetric));
        Field(e => e.ConversionWindowDays).Description("Days after a user's first exposure in which their orders count.");
        Field(e => e.MaxRefundRateIncrease).Description("Guardrail: how much a variant's refund rate may exceed the control's (0.02 = 2 points).");
        Field(e => e.MaxPageErrorRateIncrease).Description("Guardrail: how much a variant's page-error rate may exceed the control's.");
        Field(e => e.CreatedAt).Description("When it was drafted.");
        Field(e => e.StartedAt, nullable: true).Description("When it started assigning users.");
        Field(e => e.StoppedAt, nullable: true).Description("When it stopped.");
        Field(e => e.WinningVariantKey, nullable: true).Description("The variant chosen when it stopped; null when none ships.");
        Field(e => e.Decision, nullable: true).Description("Why it was stopped, in the operator's words.");
    }
}

internal sealed class ExperimentVariantGraphType : ObjectGraphType<ExperimentVariantDto>
{
    public ExperimentVariantGraphType()
    {
        Name = "ExperimentVariant";
        Description = "One arm of an experiment.";
        Field(v => v.Key).Description("E.g. control, b.");
        Field(v => v.Weight).Description("Its share of assigned users in whole percent.");
        Field(v => v.Payload, nullable: true).Description("JSON the client (or, for the recommender, the server) reads.");
        Field<LongGraphType>("price").Description("A price experiment's price for this arm in fen; null: the offer's own price.")
            .Resolve(ctx => ctx.Source.PriceFen);
    }
}

internal sealed class AssignedVariantGraphType : ObjectGraphType<AssignedVariantDto>
{
    public AssignedVariantGraphType()
    {
        Name = "AssignedVariant";
        Description = "The variant of an experiment the viewer sees.";
        Field("key", v => v.ExperimentKey).Description("The experiment's key.");
        Field("variant", v => v.VariantKey).Description("The variant's key; the control's when the viewer does not take part.");
        Field(v => v.Payload, nullable: true).Description("The variant's JSON payload.");
        Field<LongGraphType>("price")
            .Description("A price experiment's price for the viewer in fen; null: the offer's own price (priceForViewer shows what they pay).")
            .Resolve(ctx => ctx.Source.PriceFen);
        Field(v => v.Exposed).Description("Whether the viewer takes part (their exposure is logged); false for the control shown to anyone else.");
    }
}
