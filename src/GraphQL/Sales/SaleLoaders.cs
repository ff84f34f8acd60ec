using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Application.Sales.Queries.GetActiveSalesByCourseIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Sales;

/// <summary>The sale the caller gets on courses now.</summary>
public sealed class ActiveSaleByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, ActiveSaleDto>(scope, ids => new GetActiveSalesByCourseIdsQuery(ids));
