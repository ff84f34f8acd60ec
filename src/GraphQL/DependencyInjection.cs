using GraphQL;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddGraphQLServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgePaySchema>()
            .AddGraphTypes(typeof(DependencyInjection).Assembly)
            .AddSystemTextJson());
        return builder;
    }
}
