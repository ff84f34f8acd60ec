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
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(ctx => ctx.Source.EndCursor);
    }
}
