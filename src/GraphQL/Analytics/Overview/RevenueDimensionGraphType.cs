using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class RevenueDimensionGraphType : EnumerationGraphType<RevenueDimension>
{
    public RevenueDimensionGraphType()
    {
        Name = "RevenueDimension";
        Description = "What revenue is split by; every paid order line falls in exactly one group.";
    }
}
