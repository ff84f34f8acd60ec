using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.Application.GroupBuying.Queries.GetGroupBuysByIds;
using KnowledgePay.Application.GroupBuying.Queries.GetOpenGroupBuysByDealIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.GroupBuying;

public sealed class GroupBuyByIdLoader(QueryScope scope)
    : BatchLoader<Guid, GroupBuyDto>(scope, ids => new GetGroupBuysByIdsQuery(ids));

/// <summary>The groups of a deal one may still join.</summary>
public sealed class OpenGroupBuysByDealIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<GroupBuyDto>>(scope, ids => new GetOpenGroupBuysByDealIdsQuery(ids));
