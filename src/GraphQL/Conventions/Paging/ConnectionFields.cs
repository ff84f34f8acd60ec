using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Conventions.Paging;

/// <summary>Connection fields with <c>first/after/last/before</c>, <c>where</c> and <c>order</c>, as HotChocolate shapes them.</summary>
public static class ConnectionFields
{
    public static FieldBuilder<TSource, Page<TDto>> ConnectionField<TSource, TNodeGraphType, TDto>(
        this ObjectGraphType<TSource> parent,
        string name,
        (FilterInputTypes Types, IFilterSchema Schema) filter,
        (SortInputTypes Types, ISortSchema Schema) sort)
        where TNodeGraphType : IGraphType =>
        parent.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType, TDto>>, Page<TDto>>(name)
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", $"Returns the last n items (at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.")
            .Argument(filter.Types.For(filter.Schema), "where", a => a.Description =
                $"Only items matching this filter: and/or combine at most {FilterLimits.MaxOperands} filters, nest at most "
                + $"{FilterLimits.MaxDepth} levels deep, and hold at most {FilterLimits.MaxConditions} conditions in all.")
            .Argument(new ListGraphType(new NonNullGraphType(sort.Types.For(sort.Schema))), "order", a => a.Description = "Sort order; ties break on id.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                QueryContextValidation<TDto>.Validator,
                ArgumentChecks.Read(() => Read<TDto>(ctx.Arguments, filter.Schema, scope: null))));

    /// <summary>What the client asked of a connection field: filter, order, window and the node fields it reads.</summary>
    public static QueryContext<TDto> ToQueryContext<TDto>(this IResolveFieldContext context, IFilterSchema filterSchema, Filter? scope = null) =>
        Read<TDto>(context.Arguments, filterSchema, scope) with
        {
            Selection = SelectedMembers.OfConnectionNodes<TDto>(context, NodeType(context)),
            IncludeTotalCount = context.AsksForTotalCount(),
        };

    /// <summary>Whether the client selected the connection's <c>totalCount</c>, which costs a COUNT query.</summary>
    public static bool AsksForTotalCount(this IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.Field.Name.StringValue == "totalCount") ?? false;

    private static QueryContext<TDto> Read<TDto>(IDictionary<string, ArgumentValue>? arguments, IFilterSchema filterSchema, Filter? scope)
    {
        var where = FilterParser.Parse(filterSchema, Argument(arguments, "where") as IDictionary<string, object?>);
        return new QueryContext<TDto>(
            Where: (where, scope) switch
            {
                (null, _) => scope,
                (_, null) => where,
                _ => new AllOf([scope, where]),
            },
            Order: SortInputTypes.Parse(Argument(arguments, "order") as IEnumerable<object?>),
            Page: new PageRequest(
                Argument(arguments, "first") as int?,
                Argument(arguments, "after") as string,
                Argument(arguments, "last") as int?,
                Argument(arguments, "before") as string));
    }

    private static object? Argument(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static IComplexGraphType NodeType(IResolveFieldContext context)
    {
        var connection = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        return (IComplexGraphType)connection.GetField("nodes")!.ResolvedType!.GetNamedType();
    }

    /// <summary>One validator per DTO type: building its rule tree on every request would cost more than running it.</summary>
    private static class QueryContextValidation<TDto>
    {
        public static readonly QueryContextValidator<TDto> Validator = new();
    }
}
