using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using KnowledgePay.GraphQL.Errors;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// Automatic persisted queries, Apollo's protocol (https://github.com/apollographql/apollo-link-persisted-queries#protocol):
/// a request may carry <c>extensions.persistedQuery = { version: 1, sha256Hash }</c> instead of its query. A known hash
/// stands for its query; an unknown one is answered with <see cref="ErrorCodes.PersistedQueryNotFound"/>, and the client
/// sends hash and query together, which registers the query once its SHA-256 matches the hash. GET requests may carry the
/// hash alone too (still queries only). Held per node and bounded (<see cref="GraphQLHttpOptions.PersistedQueryCacheSize"/>):
/// a node that never saw or has forgotten a hash simply asks for the query once.
/// </summary>
internal sealed class PersistedQueries(IOptions<GraphQLHttpOptions> options) : IDisposable
{
    public const string ExtensionName = "persistedQuery";

    private const int HashHexLength = 64;

    private readonly MemoryCache _queries = new(new MemoryCacheOptions { SizeLimit = options.Value.PersistedQueryCacheSize });

    /// <summary>Fills in the query of a request that names one by hash, or registers the hash of one that sends both.</summary>
    public void Resolve(GraphQLRequest request)
    {
        if (HashOf(request.Extensions) is not { } hash)
        {
            return;
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            request.Query = _queries.TryGetValue(hash, out string? query)
                ? query
                : throw new GraphQLTransportException(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
            return;
        }

        if (!string.Equals(Sha256Hex(request.Query), hash, StringComparison.Ordinal))
        {
            throw Invalid("The persisted query's sha256Hash does not match its query.");
        }

        _queries.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = 1 });
    }

    public void Dispose() => _queries.Dispose();

    private static string? HashOf(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value))
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out var version) || version is not (1 or 1L)
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash
            || hash.Length != HashHexLength || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw Invalid("extensions.persistedQuery must be { version: 1, sha256Hash: <64 lowercase hex digits> }.");
        }

        return hash;
    }

    private static string Sha256Hex(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static GraphQLTransportException Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);
}
