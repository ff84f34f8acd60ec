using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Sorting;

namespace KnowledgePay.GraphQL.Conventions.Sorting;

public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Add("ASC", SortDirection.Ascending, "Smallest, oldest or A first.");
        Add("DESC", SortDirection.Descending, "Largest, newest or Z first.");
    }
}
