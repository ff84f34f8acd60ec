using KnowledgePay.Application.Sharing.Queries;
using KnowledgePay.Application.Sharing.Queries.GetShareFunnelsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Sharing;

public sealed class ShareFunnelByShareIdLoader(QueryScope scope)
    : BatchLoader<Guid, ShareFunnelDto>(scope, ids => new GetShareFunnelsByIdsQuery(ids));
