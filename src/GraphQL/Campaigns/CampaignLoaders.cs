using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Campaigns.Queries.GetCampaignsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Campaigns;

public sealed class CampaignByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CampaignDto>(scope, ids => new GetCampaignsByIdsQuery(ids));
