using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.Telemetry;

/// <summary>
/// One span per GraphQL operation around parsing, validation and execution, so every Mediator message and SQL statement
/// of the request is its descendant. Named as the OpenTelemetry GraphQL conventions ask
/// (https://opentelemetry.io/docs/specs/semconv/graphql/graphql-spans/): <c>{type} {name}</c>, e.g. <c>query CoursePage</c>,
/// only the type for an anonymous operation, <c>graphql</c> when no operation was selected (a syntax error). Tagged with
/// the cost the document was admitted with and the number of errors; never the document or its variables.
/// </summary>
internal sealed class OperationTracing : IConfigureExecution
{
    public const string SourceName = "KnowledgePay.GraphQL";

    public const string UnnamedSpan = "graphql";

    private static readonly ActivitySource Source = new(SourceName);

    // Outermost: the span covers the document cache and the other execution configurers too.
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = Source.StartActivity(UnnamedSpan, ActivityKind.Internal);
        var result = await next(options);
        if (activity is not null)
        {
            Describe(activity, result, result.Operation ?? Selected(result, options), options.UserContext);
        }

        return result;
    }

    // A refused document has no operation on its result; name the span by the one the request selected all the same.
    private static GraphQLOperationDefinition? Selected(ExecutionResult result, ExecutionOptions options)
    {
        var operations = (result.Document ?? options.Document)?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return options.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
    }

    private static void Describe(
        Activity activity, ExecutionResult result, GraphQLOperationDefinition? operation, IDictionary<string, object?> userContext)
    {
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };
        var name = operation?.Name?.StringValue;
        activity.DisplayName = type is null ? UnnamedSpan : name is null ? type : $"{type} {name}";
        activity.SetTag("graphql.operation.type", type);
        activity.SetTag("graphql.operation.name", name);
        activity.SetTag("graphql.operation.cost", OutputBudget.Of(userContext)?.Cost);
        var errors = result.Errors?.Count ?? 0;
        activity.SetTag("graphql.error.count", errors);
        if (errors > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }
}
