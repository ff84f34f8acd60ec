using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.GraphQL.Conventions.Paging;

/// <summary>A Relay connection in HotChocolate's shape: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
public sealed class ConnectionGraphType<TNodeGraphType, TDto> : ObjectGraphType<Page<TDto>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = typeof(TNodeGraphType).GraphQLName();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, TDto>>>>>("edges")
            .Description("The items of the page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of the page, without cursors.")
            .Resolve(ctx => ctx.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where the page sits in the list, and the cursors to ask for its neighbours.")
            .Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match the filter, over all pages.")
            .Resolve(ctx => ctx.Source.TotalCount);
    }
}

public sealed class EdgeGraphType<TNodeGraphType, TDto> : ObjectGraphType<Edge<TDto>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = typeof(TNodeGraphType).GraphQLName();
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} in a page, with its position.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("The item's position, for after or before.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}
