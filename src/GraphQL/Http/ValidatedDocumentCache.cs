using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KnowledgePay.GraphQL.Schema;
using KnowledgePay.GraphQL.Telemetry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// Parsed documents that passed validation, keyed by query text and operation name, so a repeated request skips parsing
/// and the specification's validation rules. Only the rules that depend on the request run again for a cached
/// document: <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (the cost and depth limits, which read the
/// variables and grant the output budget, and GET's queries-only rule). An operation that declares no variables costs
/// the same every time, so its admitted cost is kept with the document and granted again without walking it.
/// Bounded by <see cref="GraphQLHttpOptions.DocumentCacheSize"/> entries; the memory cache evicts the least recently
/// used beyond it. The operation's span says whether its document came from here (<see cref="CachedTag"/>).
/// </summary>
internal sealed class ValidatedDocumentCache(IOptions<GraphQLHttpOptions> options) : IConfigureExecution, IDisposable
{
    public const string CachedTag = "graphql.document.cached";

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    // After the configurers that assemble the validation rules (GraphQL.NET's run at 100), before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options);
        }

        var key = new DocumentKey(options.Query, options.OperationName);
        var hit = _documents.TryGetValue(key, out CachedDocument? cached);
        if (Activity.Current is { Source.Name: OperationTracing.SourceName } operation)
        {
            operation.SetTag(CachedTag, hit);
        }

        if (hit)
        {
            options.Document = cached!.Document;
            // The executer validates with ValidationRules whatever the document's origin: here they are the request's own.
            options.ValidationRules = RequestRules(options.CachedDocumentValidationRules, options.UserContext, cached.FixedCost);
            return await next(options);
        }

        var result = await next(options);
        // Executed means the document passed validation; a refused one is parsed and validated again next time. The
        // executer leaves the document it parsed on the result, not on the options.
        if (result.Executed && result.Document is { } document)
        {
            var fixedCost = result.Operation is { Variables: null or { Items.Count: 0 } } ? OutputBudget.Of(options.UserContext)?.Cost : null;
            _documents.Set(key, new CachedDocument(document, fixedCost), new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    // A fixed cost passed the limits when the document was first validated: grant it again instead of re-running the cost rule.
    private static IEnumerable<IValidationRule> RequestRules(
        IEnumerable<IValidationRule>? cachedDocumentRules, IDictionary<string, object?> userContext, double? fixedCost)
    {
        if (fixedCost is not { } cost)
        {
            return cachedDocumentRules ?? [];
        }

        OutputBudget.Grant(userContext, cost);
        return cachedDocumentRules?.Where(rule => rule is not ComplexityValidationRule).ToList() ?? [];
    }

    private readonly record struct DocumentKey(string Query, string? OperationName);

    private sealed record CachedDocument(GraphQLDocument Document, double? FixedCost);
}
