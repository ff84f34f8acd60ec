using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal sealed class VariantResultGraphType : ObjectGraphType<VariantResultDto>
{
    public VariantResultGraphType()
    {
        Name = "ExperimentVariantResult";
        Description = "One variant's outcomes within the conversion window of each exposed user.";
        Field(v => v.Key);
        Field(v => v.Weight).Description("Its configured share of users, in percent.");
        Field(v => v.IsControl);
        Field(v => v.ExposedUsers);
        Field(v => v.Conversions).Description("Exposed users who paid for an order within the window.");
        Field(v => v.RevenueFen).Description("What they paid within the window, net of refunds, in fen.");
        Field(v => v.ConversionRate, type: typeof(NonNullGraphType<EstimateGraphType>));
        Field(v => v.RevenuePerUser, type: typeof(NonNullGraphType<EstimateGraphType>)).Description("Revenue per exposed user, in fen.");
        Field(v => v.RefundRate).Description("Guardrail: the share of converted users with a refunded order.");
        Field(v => v.PageErrorRate).Description("Guardrail: the share of exposed users who met a page error.");
        Field(v => v.ConversionVsControl, type: typeof(ComparisonGraphType)).Description("Conversion rate minus the control's; null for the control.");
        Field(v => v.RevenuePerUserVsControl, type: typeof(ComparisonGraphType)).Description("Revenue per user minus the control's (fen); null for the control.");
    }
}
