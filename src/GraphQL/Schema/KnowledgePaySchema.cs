namespace KnowledgePay.GraphQL.Schema;

public sealed class KnowledgePaySchema : global::GraphQL.Types.Schema
{
    public KnowledgePaySchema(IServiceProvider services, RootQuery query)
        : base(services)
    {
        Query = query;
    }
}
