using GraphQL.Types;

namespace KnowledgePay.GraphQL.Conventions.Ids;

public static class NodeTypeExtensions
{
    /// <summary>Makes the type a Relay <c>Node</c> whose <c>id</c> is the global id of <paramref name="typeName"/>.</summary>
    public static void ImplementNode<TDto>(this ObjectGraphType<TDto> type, string typeName, Func<TDto, Guid> id)
    {
        type.Name = typeName;
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is TDto;
        type.GlobalIdField(typeName, id);
    }

    /// <summary>An <c>id: ID!</c> field holding the global id, for types that are not refetchable on their own.</summary>
    public static void GlobalIdField<TDto>(this ObjectGraphType<TDto> type, string typeName, Func<TDto, Guid> id) =>
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id.")
            .Resolve(ctx => GlobalId.Encode(typeName, id(ctx.Source)));
}
