using GraphQL.Types;
using KnowledgePay.Application.Experiments.Commands;
using KnowledgePay.Application.Experiments.Commands.CreateExperiment;
using KnowledgePay.Application.Experiments.Commands.StartExperiment;
using KnowledgePay.Application.Experiments.Commands.StopExperiment;
using KnowledgePay.Application.Experiments.Commands.UpdateExperiment;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Experiments;

internal sealed class ExperimentFieldsInputGraphType : InputObjectGraphType<ExperimentFields>
{
    public ExperimentFieldsInputGraphType()
    {
        Name = "ExperimentFieldsInput";
        Description = "An experiment's whole definition but its key.";
        Field(e => e.Name).Description($"1 to {ExperimentLimits.NameMaxLength} characters.");
        Field<NonNullGraphType<ExperimentSurfaceGraphType>>("surface").Description("What it varies.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExperimentVariantInputGraphType>>>>("variants")
            .Description($"{ExperimentLimits.MinVariants} to {ExperimentLimits.MaxVariants} arms, the control first; weights add up to 100.");
        Field<NonNullGraphType<ExperimentMetricGraphType>>("primaryMetric").Description("What it is decided on.");
        Field(e => e.ConversionWindowDays).Description($"1 to {ExperimentLimits.MaxConversionWindowDays} days after the first exposure.");
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("A price experiment on a course's price.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("A price experiment on a bundle's or plan's price.");
        Field<NonNullGraphType<ExperimentAudienceGraphType>>("audience").DefaultValue(ExperimentAudience.Everyone)
            .Description("Everyone (default), new or returning learners.");
        this.OptionalIdField("segmentId", ExperimentGraphType.SegmentTypeName).Description("Only members of this segment take part.");
        Field<ListGraphType<NonNullGraphType<ClientPlatformGraphType>>>("platforms").Description("Only these client platforms; all when left out.");
        Field(e => e.Layer, nullable: true).Description("A layer name: experiments of one layer never share a user.");
        Field(e => e.LayerSharePercent).DefaultValue(100).Description("The share of the layer's users it takes (1 to 100; 100 without a layer).");
        Field(e => e.MaxRefundRateIncrease).DefaultValue(ExperimentGuardrails.Default.MaxRefundRateIncrease)
            .Description("Guardrail: refund-rate increase over the control that flags a variant (0 to 1).");
        Field(e => e.MaxPageErrorRateIncrease).DefaultValue(ExperimentGuardrails.Default.MaxPageErrorRateIncrease)
            .Description("Guardrail: page-error-rate increase over the control that flags a variant (0 to 1).");
    }
}

internal sealed class ExperimentVariantInputGraphType : InputObjectGraphType<ExperimentVariantFields>
{
    public ExperimentVariantInputGraphType()
    {
        Name = "ExperimentVariantInput";
        Description = "One arm: key, weight and, as the surface needs, a JSON payload or a price.";
        Field(v => v.Key).Description("Lower-case letters, digits, '-' or '_', e.g. control, b.");
        Field(v => v.Weight).Description("Whole percent, 1 to 99.");
        Field(v => v.Payload, nullable: true).Description(
            "JSON for the client; for the recommender {\"strategy\": \"personalised\" | \"popular\", \"freshShare\": 0…1}.");
        Field(v => v.Price, nullable: true).Description("Price experiments: this arm's price in fen (none for the control).");
    }
}

internal sealed class CreateExperimentInputGraphType : InputObjectGraphType<CreateExperimentCommand>
{
    public CreateExperimentInputGraphType()
    {
        Name = "CreateExperimentInput";
        Field(c => c.Key).Description("Lower-case letters, digits, '-' or '_'; unique; what the mini program asks for.");
        Field<NonNullGraphType<ExperimentFieldsInputGraphType>>("experiment").Description("The definition.");
    }
}

internal sealed class UpdateExperimentInputGraphType : InputObjectGraphType<UpdateExperimentCommand>
{
    public UpdateExperimentInputGraphType()
    {
        Name = "UpdateExperimentInput";
        Description = "Replaces a draft's definition.";
        this.IdField("experimentId", ExperimentGraphType.TypeName);
        Field<NonNullGraphType<ExperimentFieldsInputGraphType>>("experiment").Description("The whole new definition.");
    }
}

internal sealed class StartExperimentInputGraphType : InputObjectGraphType<StartExperimentCommand>
{
    public StartExperimentInputGraphType()
    {
        Name = "StartExperimentInput";
        this.IdField("experimentId", ExperimentGraphType.TypeName);
    }
}

internal sealed class StopExperimentInputGraphType : InputObjectGraphType<StopExperimentCommand>
{
    public StopExperimentInputGraphType()
    {
        Name = "StopExperimentInput";
        this.IdField("experimentId", ExperimentGraphType.TypeName);
        Field(c => c.Decision).Description("Why it stops, in words (1 to 1,000 characters).");
        Field(c => c.WinningVariantKey, nullable: true).Description("The variant chosen; leave out when none ships.");
    }
}
