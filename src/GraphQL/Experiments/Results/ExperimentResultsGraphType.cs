using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class ExperimentResultsGraphType : ObjectGraphType<ExperimentResultsDto>
{
    public ExperimentResultsGraphType()
    {
        Name = "ExperimentResults";
        Description = "An experiment's analysis as of now: per variant outcomes and comparisons with the control, the sample-ratio check, guardrails and the sample-size plan.";
        Field(r => r.Key);
        Field(r => r.Name);
        Field(r => r.Status, type: typeof(NonNullGraphType<ExperimentStatusGraphType>));
        Field(r => r.PrimaryMetric, type: typeof(NonNullGraphType<ExperimentMetricGraphType>)).Description("The metric the experiment is decided on.");
        Field(r => r.ConversionWindowDays).Description("A user's orders count for the variant they saw when paid within this many days after their first exposure.");
        Field(r => r.StartedAt, nullable: true);
        Field(r => r.StoppedAt, nullable: true);
        Field(r => r.ExposedUsers).Description("Users exposed to any variant so far.");
        Field(r => r.Alpha).Description("The error rate the intervals and tests are held to (0.05: 95 % intervals).");
        Field(r => r.MinimumDetectableEffect).Description("The relative effect the tests are tuned to and the sample size is planned for.");
        Field(r => r.Variants, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<VariantResultGraphType>>>)).Description("The control first.");
        Field(r => r.SampleRatio, type: typeof(NonNullGraphType<SampleRatioGraphType>));
        Field(r => r.GuardrailBreaches, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GuardrailBreachGraphType>>>))
            .Description("Variants whose refund or page-error rate rose over the control's by more than the experiment allows, with confidence.");
        Field(r => r.RecommendedExposedUsers, nullable: true)
            .Description("Exposed users needed to detect the minimum effect on the primary metric with 80 % power by the always-valid test; null until the control has a baseline.");
        Field(r => r.Progress, nullable: true).Description("Exposed users as a share of the recommended number (1 = reached).");
    }
}
