using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace KnowledgePay.GraphQL.Conventions.Ids;

public static class NodeTypeExtensions
{
    private const string FetchKey = "knowledgepay:node-fetch";

    /// <summary>
    /// Makes the type a Relay <c>Node</c> whose <c>id</c> is the global id of <paramref name="typeName"/>,
    /// refetched by <c>node(id)</c> through <paramref name="fetch"/> (the type's by-id loader).
    /// </summary>
    public static void ImplementNode<TDto>(
        this ObjectGraphType<TDto> type,
        string typeName,
        Func<TDto, Guid> id,
        Func<IResolveFieldContext, Guid, IDataLoaderResult> fetch)
    {
        type.Name = typeName;
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is TDto;
        type.Metadata[FetchKey] = fetch;
        type.GlobalIdField(typeName, id);
    }

    /// <summary>An <c>id: ID!</c> field holding the global id, for types that are not refetchable on their own.</summary>
    public static void GlobalIdField<TDto>(this ObjectGraphType<TDto> type, string typeName, Func<TDto, Guid> id) =>
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id.")
            .Resolve(ctx => GlobalId.Encode(typeName, id(ctx.Source)));

    /// <summary>How to refetch a node of the named type, or null when no such node type exists.</summary>
    public static Func<IResolveFieldContext, Guid, IDataLoaderResult>? NodeFetch(this ISchema schema, string typeName) =>
        schema.AllTypes[typeName]?.GetMetadata<Func<IResolveFieldContext, Guid, IDataLoaderResult>>(FetchKey);
}
