using GraphQL.Types;
using KnowledgePay.Application.Analytics.Cohorts;

namespace KnowledgePay.GraphQL.Analytics.Cohorts;

internal sealed class CohortGraphType : ObjectGraphType<CohortDto>
{
    public CohortGraphType()
    {
        Name = "Cohort";
        Description = "The users who joined in one bucket of the range.";
        this.AddBucketDates(c => c.Bucket);
        Field(c => c.Users).Description("Users whose first paid purchase (or sign-up) falls in the bucket.");
        Field(c => c.LifetimeValueFen, type: typeof(NonNullGraphType<LongGraphType>))
            .Description("Everything the cohort's users have paid to date, net of refunds (wallet top-ups aside), in fen.");
        Field(c => c.Periods, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CohortPeriodGraphType>>>))
            .Description("Period 0 (the cohort's own bucket) onwards, up to the requested number and only those begun by today (the current one ends today).");
    }
}
