using GraphQL.Types;
using KnowledgePay.Application.Analytics.Cohorts;

namespace KnowledgePay.GraphQL.Analytics.Cohorts;

internal sealed class CohortTableGraphType : ObjectGraphType<CohortTableDto>
{
    public CohortTableGraphType()
    {
        Name = "CohortTable";
        Description = "One cohort per bucket of the range, oldest first, each followed bucket by bucket since it joined.";
        Field(t => t.Bucket, type: typeof(NonNullGraphType<AnalyticsBucketGraphType>)).Description("The length of a cohort and of each of its periods.");
        Field(t => t.TimeZone).Description("The IANA time zone whose calendar cuts the buckets.");
        Field(t => t.Cohorts, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CohortGraphType>>>))
            .Description("Every bucket of the range, including those nobody joined in (users 0).");
    }
}
