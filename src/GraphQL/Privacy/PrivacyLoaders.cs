using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Application.Privacy.Queries.GetDataExports;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Privacy;

public sealed class DataExportByRequestIdLoader(QueryScope scope)
    : BatchLoader<Guid, DataExportDto>(scope, ids => new GetDataExportsQuery(ids));
