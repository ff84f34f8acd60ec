using GraphQL.Types;
using KnowledgePay.GraphQL.Catalog;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootMutation : ObjectGraphType
{
    public RootMutation()
    {
        Name = "Mutation";
        CatalogMutations.AddTo(this);
    }
}
