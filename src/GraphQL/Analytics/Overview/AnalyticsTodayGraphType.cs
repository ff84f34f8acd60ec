using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsToday;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class AnalyticsTodayGraphType : ObjectGraphType<AnalyticsTodayDto>
{
    public AnalyticsTodayGraphType()
    {
        Name = "AnalyticsToday";
        Description = "Today so far against yesterday, in the operator's time zone.";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("Today's local date.").Resolve(ctx => ctx.Source.Date);
        Field<NonNullGraphType<BusinessFiguresGraphType>>("today").Description("Since local midnight.").Resolve(ctx => ctx.Source.Today);
        Field<NonNullGraphType<BusinessFiguresGraphType>>("yesterday").Description("All of yesterday.").Resolve(ctx => ctx.Source.Yesterday);
        Field<NonNullGraphType<BusinessFiguresGraphType>>("yesterdayBySameTime")
            .Description("Yesterday from midnight up to the local time it is now: the fair comparison for today so far.")
            .Resolve(ctx => ctx.Source.YesterdayBySameTime);
    }
}
