using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class AnalyticsOverviewGraphType : ObjectGraphType<AnalyticsOverviewDto>
{
    public AnalyticsOverviewGraphType()
    {
        Name = "AnalyticsOverview";
        Description = "The business over a range: its totals and one point per bucket.";
        Field(o => o.TimeZone).Description("The IANA time zone the range's days were cut in.");
        Field<NonNullGraphType<BusinessFiguresGraphType>>("totals")
            .Description("The whole range; distinct counts are counted over the range, not summed over its points.")
            .Resolve(ctx => ctx.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessPointGraphType>>>>("series")
            .Description("Every bucket of the range in order, zeros included.")
            .WithComplexityImpact(SeriesCost.Of)
            .Resolve(ctx => ctx.Source.Series);
    }
}
