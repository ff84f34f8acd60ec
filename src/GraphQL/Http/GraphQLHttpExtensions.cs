namespace KnowledgePay.GraphQL.Http;

public static class GraphQLHttpExtensions
{
    /// <summary>The <c>/graphql</c> transport, the IDE and health checks; the schema itself comes from <c>AddGraphQL</c>.</summary>
    public static IHostApplicationBuilder AddGraphQLHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName);
        builder.Services.AddSingleton<PersistedQueries>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLResponseWriter>();
        builder.Services.AddSingleton<BananaCakePop>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Maps <c>/graphql</c> (all methods, so others get 405), the IDE's preset and its static files.</summary>
    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = GraphQLHttpEndpoint.Path,
            FileProvider = BananaCakePop.OpenFiles(),
        });
        app.MapGet($"{GraphQLHttpEndpoint.Path}/bcp-config.json", (HttpRequest request) => BananaCakePop.Config(request));
        app.Map(GraphQLHttpEndpoint.Path, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }
}
