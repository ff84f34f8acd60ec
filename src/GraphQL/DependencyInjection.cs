using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Sorting;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Errors;
using KnowledgePay.GraphQL.Http;
using KnowledgePay.GraphQL.Identity;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.RateLimiting;
using KnowledgePay.GraphQL.Schema;
using KnowledgePay.GraphQL.Telemetry;

namespace KnowledgePay.GraphQL;

public static class DependencyInjection
{
    /// <summary>ASP.NET Core's request start and finish lines, which include the URL with its query string.</summary>
    public const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IHostApplicationBuilder AddGraphQLServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var isDevelopment = builder.Environment.IsDevelopment();

        // A GraphQL GET carries its variables (phone numbers in a look-up …) in the query string, which the host's
        // "Request starting" line would log: kept at Warning whatever the configured level (ADR 0043).
        builder.Logging.AddFilter(RequestLogCategory, LogLevel.Warning);

        // Input-type registries are used while the singleton schema is built, so they live as long as it does.
        services.AddSingleton<FilterInputTypes>();
        services.AddSingleton<SortInputTypes>();
        services.AddScoped<QueryScope>();
        services.AddScoped<ViewerPurchaseOptions>();
        foreach (var loader in typeof(DependencyInjection).Assembly.GetTypes().Where(IsBatchLoader))
        {
            services.AddScoped(loader);
        }

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgePaySchema>()
            .AddGraphTypes(typeof(DependencyInjection).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // The cost and depth limits run for cached documents too: cost depends on the variables, and grants the output budget.
            .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
            .ConfigureComplexity()
            .ConfigureExecution<OperationTracing>()
            .ConfigureExecution<QueryScopeInUserContext>()
            .ConfigureExecution<ValidatedDocumentCache>()
            .AddDocumentListener<OperationRateLimitListener>(global::GraphQL.DI.ServiceLifetime.Singleton)
            // Serial resolution of queries costs less CPU than task-per-field parallelism; batch loaders still
            // gather a whole level of keys before they fetch, so the SQL statement count stays the same.
            // Both kinds of operation keep their results within the output budget their cost admits.
            .AddExecutionStrategy<BoundedSerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<BoundedSerialExecutionStrategy>(OperationType.Mutation)
            .AddErrorInfoProvider(new ServerErrorDetailsProvider(exposeServerErrorDetails: isDevelopment))
            .AddUnhandledExceptionHandler(GraphQLErrorMapper.Map));
        builder.AddGraphQLHttp();
        builder.AddForwardedHeadersFromProxies();
        builder.AddGraphQLIdentity();
        builder.AddHttpRateLimits();
        return builder;
    }

    private static IGraphQLBuilder ConfigureComplexity(this IGraphQLBuilder graphQL)
    {
        graphQL.Services.Configure<ComplexityOptions>(QueryLimits.Configure);
        return graphQL;
    }

    private static bool IsBatchLoader(Type type) =>
        !type.IsAbstract && type.BaseType is { IsGenericType: true } parent
            && parent.GetGenericTypeDefinition() == typeof(BatchLoader<,>);
}
