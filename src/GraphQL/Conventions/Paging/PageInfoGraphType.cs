using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.GraphQL.Conventions.Paging;

/// <summary>Relay's <c>PageInfo</c>, read from any <see cref="Page{T}"/> through its non-generic view.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<IPageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether more items follow this page.")
            .Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether items come before this page.")
            .Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The first item's cursor; null on an empty page.")
            .Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The last item's cursor; null on an empty page.")
            .Resolve(ctx => ctx.Source.EndCursor);
    }
}
