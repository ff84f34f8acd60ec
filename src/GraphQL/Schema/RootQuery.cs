using GraphQL.Types;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootQuery : ObjectGraphType
{
    public RootQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("placeholder").Resolve(_ => "replaced by the catalogue fields");
    }
}
