using GraphQL.Types;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.Analytics;

internal sealed class AnalyticsRangeInputGraphType : InputObjectGraphType<AnalyticsRange>
{
    public AnalyticsRangeInputGraphType()
    {
        Name = "AnalyticsRangeInput";
        Description = $"Local dates a metric covers, both included (at most {AnalyticsLimits.MaxDays} days and {AnalyticsLimits.MaxBuckets} buckets).";
        Field<NonNullGraphType<LocalDateGraphType>>("from").Description("The first day.");
        Field<NonNullGraphType<LocalDateGraphType>>("to").Description("The last day, included.");
        Field<NonNullGraphType<AnalyticsBucketGraphType>>("bucket").DefaultValue(AnalyticsBucket.Day)
            .Description("How the range is cut into points (default DAY); the first and last may be partial.");
        Field<StringGraphType>("timeZone").Description("An IANA time zone; the operator's (Analytics:TimeZone, Asia/Shanghai) when left out.");
    }
}
