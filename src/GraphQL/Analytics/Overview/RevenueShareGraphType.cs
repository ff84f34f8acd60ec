using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class RevenueShareGraphType : ObjectGraphType<RevenueShareDto>
{
    public RevenueShareGraphType()
    {
        Name = "RevenueShare";
        Description = "One group's revenue over a range, from its order lines: the groups' GMV adds up to the range's.";
        Field(s => s.Key).Description(
            $"The category's or creator's id ({RevenueShareDto.NotACourseKey} for bundles and memberships), or the enum name (COURSE is Course).");
        Field(s => s.Label).Description("The category's or creator's name, or the enum name.");
        Field(s => s.GmvFen).Description("What buyers paid for the group's lines in orders paid in the range.");
        Field(s => s.NetRevenueFen).Description("gmvFen less the group's share of refunds completed in the range.");
        Field(s => s.Orders).Description("Distinct paid orders with a line in the group (an order may count in several groups).");
        Field(s => s.PayingUsers).Description("Distinct buyers of those orders.");
    }
}
