using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Campaigns.Queries.GetCampaignResults;
using KnowledgePay.Application.Campaigns.Queries.GetCampaigns;
using KnowledgePay.Application.Campaigns.Queries.GetCampaignsByIds;
using KnowledgePay.Application.Campaigns.Queries.GetMyMarketingConsent;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Campaigns;

internal static class CampaignQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.ConnectionField<object?, CampaignGraphType, CampaignDto>(
                "campaigns", (filters, CampaignQuerySchema.Filter), (sorts, CampaignQuerySchema.Sort))
            .Description("Admins: every campaign, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetCampaignsQuery(ctx.ToQueryContext<CampaignDto>(CampaignQuerySchema.Filter))));

        query.Field<CampaignGraphType>("campaign")
            .Description("Admins: one campaign; null for an unknown id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The campaign's global id.";
                arg.ParseValue(GlobalId.ParserFor(CampaignGraphType.TypeName));
            })
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return (await ctx.SendQueryAsync(new GetCampaignsByIdsQuery([id]))).GetValueOrDefault(id);
            });

        query.Field<CampaignResultsGraphType>("campaignResults")
            .Description("Admins: a campaign's treated users against its holdout, conversion and revenue with intervals and the lift; "
                + "null for an unknown id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The campaign's global id.";
                arg.ParseValue(GlobalId.ParserFor(CampaignGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCampaignResultsQuery(ctx.GetArgument<Guid>("id"))));

        query.Field<NonNullGraphType<MarketingConsentGraphType>>("myMarketingConsent")
            .Description("Signed-in learners: whether they accept marketing, and the history of their choices.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyMarketingConsentQuery()));
    }
}
