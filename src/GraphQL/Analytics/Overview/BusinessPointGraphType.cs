using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class BusinessPointGraphType : ObjectGraphType<BusinessPointDto>
{
    public BusinessPointGraphType()
    {
        Name = "BusinessPoint";
        Description = "The business in one bucket of a range.";
        this.AddBucketDates(p => p.Bucket);
        Field<NonNullGraphType<BusinessFiguresGraphType>>("figures").Resolve(ctx => ctx.Source.Figures);
    }
}
