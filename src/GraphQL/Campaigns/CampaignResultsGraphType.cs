using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Queries.GetCampaignResults;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class CampaignResultsGraphType : ObjectGraphType<CampaignResultsDto>
{
    public CampaignResultsGraphType()
    {
        Name = "CampaignResults";
        Description = "Treated users against the holdout: conversion (a paid order within the window after enrolment) and revenue "
            + "net of refunds per user, each with a 95% interval, and the lift of each (treated minus holdout).";
        Field<NonNullGraphType<CampaignGraphType>>("campaign").Description("The campaign.")
            .Resolve(ctx => ctx.Loader<CampaignByIdLoader>().LoadAsync(ctx.Source.CampaignId));
        Field(r => r.ConversionWindowDays).Description("Days after enrolment in which a paid order counts.");
        Field<NonNullGraphType<CampaignGroupGraphType>>("treated").Description("Users on the treated side (whether acted on or not).")
            .Resolve(ctx => ctx.Source.Treated);
        Field<NonNullGraphType<CampaignGroupGraphType>>("holdout").Description("Users held out: enrolled, never acted on.")
            .Resolve(ctx => ctx.Source.Holdout);
        Field<NonNullGraphType<CampaignLiftGraphType>>("conversionLift").Description("Treated conversion rate minus the holdout's.")
            .Resolve(ctx => ctx.Source.ConversionLift);
        Field<NonNullGraphType<CampaignLiftGraphType>>("revenuePerUserLift").Description("Treated revenue per user minus the holdout's, in fen.")
            .Resolve(ctx => ctx.Source.RevenuePerUserLift);
    }
}

internal sealed class CampaignGroupGraphType : ObjectGraphType<CampaignGroupDto>
{
    public CampaignGroupGraphType()
    {
        Name = "CampaignGroup";
        Description = "One side of a campaign.";
        Field(g => g.Users).Description("Users enrolled on this side.");
        Field(g => g.Delivered).Description("Users the action reached (0 for the holdout).");
        Field(g => g.Conversions).Description("Users who paid an order (not refunded in full) within the window.");
        Field(g => g.RevenueFen).Description("What those orders took, net of refunds, in fen.");
        Field<NonNullGraphType<CampaignEstimateGraphType>>("conversionRate").Description("Conversions per user.")
            .Resolve(ctx => ctx.Source.ConversionRate);
        Field<NonNullGraphType<CampaignEstimateGraphType>>("revenuePerUserFen").Description("Revenue per user, in fen.")
            .Resolve(ctx => ctx.Source.RevenuePerUserFen);
    }
}

internal sealed class CampaignEstimateGraphType : ObjectGraphType<CampaignEstimateDto>
{
    public CampaignEstimateGraphType()
    {
        Name = "CampaignEstimate";
        Description = "A per-user mean and its 95% interval (null below two users).";
        Field(e => e.Value).Description("The mean.");
        Field(e => e.Lower, nullable: true).Description("The interval's lower end.");
        Field(e => e.Upper, nullable: true).Description("The interval's upper end.");
    }
}

internal sealed class CampaignLiftGraphType : ObjectGraphType<CampaignLiftDto>
{
    public CampaignLiftGraphType()
    {
        Name = "CampaignLift";
        Description = "Treated minus holdout with Welch's 95% interval (null below two users a side): the lift measured, not assumed.";
        Field(l => l.Difference).Description("Treated minus holdout.");
        Field(l => l.Lower, nullable: true).Description("The interval's lower end.");
        Field(l => l.Upper, nullable: true).Description("The interval's upper end.");
        Field(l => l.PValue).Description("Two-sided p-value of no difference.");
        Field(l => l.Relative, nullable: true).Description("The difference over the holdout's value; null when that is 0.");
    }
}
