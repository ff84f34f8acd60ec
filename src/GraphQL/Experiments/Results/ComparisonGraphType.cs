using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class ComparisonGraphType : ObjectGraphType<ComparisonDto>
{
    public ComparisonGraphType()
    {
        Name = "ExperimentComparison";
        Description = "A variant's mean minus the control's.";
        Field(c => c.Difference);
        Field(c => c.RelativeDifference, nullable: true).Description("The difference as a share of the control's mean; null while that is zero.");
        Field(c => c.FixedHorizon, type: typeof(IntervalGraphType))
            .Description("Welch's interval: valid for one look at a sample size fixed in advance only — reading it daily and stopping when it excludes zero inflates false positives.");
        Field(c => c.AlwaysValid, type: typeof(IntervalGraphType)).Description("The mSPRT confidence sequence: valid however often it is read.");
        Field(c => c.AlwaysValidPValue).Description("The mSPRT p-value: valid however often it is read.");
        Field(c => c.Significant).Description("Whether the always-valid p-value is below alpha: safe to decide now.");
        Field(c => c.CupedDifference).Description("The difference after CUPED adjustment by pre-exposure spend and activity.");
        Field(c => c.CupedAlwaysValid, type: typeof(IntervalGraphType)).Description("The always-valid interval of the CUPED difference.");
        Field(c => c.CupedAlwaysValidPValue);
        Field(c => c.VarianceReduction).Description("The share of the difference's variance CUPED removed (0.3 = 30 % narrower squared).");
    }
}
