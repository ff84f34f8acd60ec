using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.Figures;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal sealed class BusinessFiguresGraphType : ObjectGraphType<BusinessFiguresDto>
{
    public BusinessFiguresGraphType()
    {
        Name = "BusinessFigures";
        Description = "The business in a slice of time; money in fen, wallet top-ups never counted.";
        Field(f => f.GmvFen).Description("Gross merchandise value: what buyers paid for orders paid in the slice.");
        Field(f => f.RefundedFen).Description("Refunds the provider completed in the slice, whenever their orders were paid (cash basis).");
        Field(f => f.NetRevenueFen).Description("gmvFen - refundedFen.");
        Field(f => f.Orders).Description("Orders paid in the slice.");
        Field(f => f.PayingUsers).Description("Distinct buyers of the orders paid in the slice.");
        Field(f => f.AverageOrderValueFen, nullable: true).Description("gmvFen / orders, rounded to the fen; null without orders.");
        Field(f => f.RefundRate, nullable: true).Description("refundedFen / gmvFen of the same slice; null without GMV.");
        Field(f => f.NewUsers).Description("Users who signed up in the slice.");
        Field(f => f.ActiveLearners).Description("Distinct users who started, progressed in or completed a lesson in the slice.");
    }
}
