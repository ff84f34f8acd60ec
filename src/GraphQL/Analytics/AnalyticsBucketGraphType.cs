using GraphQL.Types;
using KnowledgePay.Application.Analytics.Common;

namespace KnowledgePay.GraphQL.Analytics;

internal sealed class AnalyticsBucketGraphType : EnumerationGraphType<AnalyticsBucket>
{
    public AnalyticsBucketGraphType()
    {
        Name = "AnalyticsBucket";
        Description = "How a range is cut into points: local days, weeks starting on Monday, or calendar months.";
    }
}
