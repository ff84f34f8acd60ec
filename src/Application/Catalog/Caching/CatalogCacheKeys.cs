using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KnowledgePay.Application.Common.Querying.Filtering;

namespace KnowledgePay.Application.Catalog.Caching;

/// <summary>
/// Cache keys from whole queries: the query serialised to JSON (filter trees by node kind, operands by their runtime
/// type) and hashed, so two queries share an entry exactly when they ask for the same rows and columns.
/// </summary>
public static class CatalogCacheKeys
{
    private static readonly JsonSerializerOptions KeyJson = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NameFilterKinds } },
    };

    public static string Of<TQuery>(string kind, TQuery query) =>
        $"catalog:{kind}:{Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(query, KeyJson)))}";

    /// <summary>Without this a filter would serialise as its (empty) base record and all filters would share one key.</summary>
    private static void NameFilterKinds(JsonTypeInfo info)
    {
        if (info.Type != typeof(Filter))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            DerivedTypes =
            {
                new JsonDerivedType(typeof(AllOf), "and"),
                new JsonDerivedType(typeof(AnyOf), "or"),
                new JsonDerivedType(typeof(FieldCondition), "field"),
                new JsonDerivedType(typeof(ListCondition), "list"),
            },
        };
    }
}
