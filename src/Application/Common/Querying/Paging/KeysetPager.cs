using System.Linq.Expressions;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Projection;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>
/// Applies a <see cref="QueryContext{TDto}"/> to an entity query: filter, order (with the id as the final tie-breaker),
/// keyset window and projection, all translated to SQL; one statement for the page and one for the total when asked.
/// </summary>
public static class KeysetPager
{
    public static async Task<Page<TDto>> ToPageAsync<TEntity, TDto>(
        this IQueryable<TEntity> source,
        QueryContext<TDto> context,
        FilterSchema<TEntity> filters,
        SortSchema<TEntity> sorts,
        IReadOnlyList<SortField> defaultOrder,
        CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var filtered = context.Where is null ? source : source.Where(filters.ToPredicate(context.Where));
        var window = context.Window;
        var order = OrderKeys(context.Sorting.Count > 0 ? context.Sorting : defaultOrder, sorts, window.IsBackward);
        var ordering = string.Join(',', order.Select(k => k.Signature));

        var query = filtered;
        var cursor = window.IsBackward ? window.Before : window.After;
        if (cursor is not null)
        {
            var values = Cursor.Decode(cursor, window.IsBackward ? "before" : "after", ordering, [.. order.Select(k => k.Key.Type)]);
            query = query.Where(KeysetPredicate.After<TEntity>(order, values));
        }

        var rows = await Order(query, order)
            .Take(window.Size + 1)
            .Select(RowProjection.For(order, ProjectionBuilder.For<TEntity, TDto>(context.Selection)))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > window.Size;
        var page = rows.Take(window.Size).Select(r => new Edge<TDto>(r.Node, Cursor.Encode(ordering, r.Keys)));
        var edges = window.IsBackward ? page.Reverse().ToList() : page.ToList();
        int? total = context.IncludeTotalCount ? await filtered.CountAsync(cancellationToken) : null;
        return window.IsBackward
            ? new Page<TDto>(edges, HasNextPage: window.Before is not null, HasPreviousPage: hasMore, total)
            : new Page<TDto>(edges, HasNextPage: hasMore, HasPreviousPage: window.After is not null, total);
    }

    private static List<OrderKey> OrderKeys<TEntity>(
        IReadOnlyList<SortField> requested, SortSchema<TEntity> sorts, bool backward)
        where TEntity : Entity
    {
        var keys = requested
            .Select(f => new OrderKey(sorts.KeyNamed(f.Field), f.Direction == SortDirection.Descending))
            .Append(new OrderKey(IdKey<TEntity>(), Descending: false))
            .ToList();
        return backward ? [.. keys.Select(k => k with { Descending = !k.Descending })] : keys;
    }

    private static SortKey IdKey<TEntity>()
        where TEntity : Entity
    {
        Expression<Func<TEntity, Guid>> id = e => e.Id;
        return new SortKey("id", id);
    }

    private static IQueryable<TEntity> Order<TEntity>(IQueryable<TEntity> query, IReadOnlyList<OrderKey> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(
                typeof(Queryable), method, [typeof(TEntity), keys[i].Key.Type], expression, Expression.Quote(keys[i].Key.Selector));
        }

        return query.Provider.CreateQuery<TEntity>(expression);
    }
}

internal sealed record OrderKey(SortKey Key, bool Descending)
{
    public string Signature => Descending ? $"{Key.Name}:desc" : Key.Name;
}
