using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// Parsed documents that passed validation, keyed by query text and operation name, so a repeated request skips parsing
/// and the specification's validation rules. Only the rules that depend on the request run again for a cached
/// document: <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (the cost and depth limits, which read the
/// variables and grant the output budget, and GET's queries-only rule). Bounded by
/// <see cref="GraphQLHttpOptions.DocumentCacheSize"/> entries; the memory cache evicts the least recently used beyond it.
/// </summary>
internal sealed class ValidatedDocumentCache(IOptions<GraphQLHttpOptions> options) : IConfigureExecution, IDisposable
{
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
        if (_documents.TryGetValue(key, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        // Executed means the document passed validation; a refused one is parsed and validated again next time.
        if (result.Executed && options.Document is { } document)
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private readonly record struct DocumentKey(string Query, string? OperationName);
}
