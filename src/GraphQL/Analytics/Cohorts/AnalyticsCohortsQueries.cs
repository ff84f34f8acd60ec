using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Cohorts;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Analytics.Cohorts;

internal static class AnalyticsCohortsQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<CohortTableGraphType>>("analyticsCohorts")
            .Description("Admins: users by the bucket of their first purchase (or sign-up), and their learning, repeat purchases and revenue bucket by bucket since.")
            .RangeArgumentOf()
            .Argument<NonNullGraphType<CohortBasisGraphType>>(
                "basis", "What places a user in a cohort (default FIRST_PURCHASE).", a => a.DefaultValue = CohortBasis.FirstPurchase)
            .Argument<NonNullGraphType<IntGraphType>>(
                "periods",
                $"How many buckets to follow each cohort for, its own included (1 to {GetCohortsQuery.MaxPeriods}).",
                a => a.DefaultValue = GetCohortsQuery.DefaultPeriods)
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCohortsQuery(
                ctx.GetRange(), ctx.GetArgument<CohortBasis>("basis"), ctx.GetArgument<int>("periods"))));
}
