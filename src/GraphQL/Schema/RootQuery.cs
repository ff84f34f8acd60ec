using GraphQL.Types;
using KnowledgePay.GraphQL.Auditing;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootQuery : ObjectGraphType
{
    public RootQuery(FilterInputTypes filters, SortInputTypes sorts)
    {
        Name = "Query";
        NodeFields.AddTo(this);
        CatalogQueries.AddTo(this, filters, sorts);
        AuditingQueries.AddTo(this, filters, sorts);
    }
}
