using GraphQL.Types;
using KnowledgePay.Application.Analytics.Cohorts;

namespace KnowledgePay.GraphQL.Analytics.Cohorts;

internal sealed class CohortPeriodGraphType : ObjectGraphType<CohortPeriodDto>
{
    public CohortPeriodGraphType()
    {
        Name = "CohortPeriod";
        Description = "What a cohort did in the index-th bucket after its own.";
        Field(p => p.Index).Description("Buckets since the cohort's: 0 is the cohort's own.");
        this.AddBucketDates(p => p.Bucket);
        Field(p => p.ActiveLearners).Description("Cohort users who started, progressed in or completed a lesson in the period.");
        Field(p => p.Purchasers).Description("Cohort users with a paid order in the period (from period 1 on: repeat purchasers).");
        Field(p => p.RevenueFen, type: typeof(NonNullGraphType<LongGraphType>))
            .Description("What the orders paid in the period brought, net of their refunds, in fen.");
        Field(p => p.Retention).Description("Learning retention: activeLearners / users (0 for an empty cohort).");
        Field(p => p.PurchaseRate).Description("purchasers / users: from period 1 on, the repeat-purchase rate (0 for an empty cohort).");
        Field(p => p.CumulativeRevenuePerUserFen).Description("Revenue of periods 0 to this one per cohort user, in fen.");
    }
}
