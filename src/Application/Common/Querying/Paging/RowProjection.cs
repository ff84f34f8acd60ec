using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>A projected row together with the sort key values its cursor is made of.</summary>
internal sealed class KeyedRow<TDto>
{
    public required TDto Node { get; init; }

    public required object?[] Keys { get; init; }
}

internal static class RowProjection
{
    public static Expression<Func<TEntity, KeyedRow<TDto>>> For<TEntity, TDto>(
        IReadOnlyList<OrderKey> keys, Expression<Func<TEntity, TDto>> projection)
    {
        var entity = projection.Parameters[0];
        var keyValues = keys.Select(k => Expression.Convert(ExpressionRebinder.Rebind(k.Key.Selector, entity), typeof(object)));
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<TDto>)),
            Expression.Bind(typeof(KeyedRow<TDto>).GetProperty(nameof(KeyedRow<TDto>.Node))!, projection.Body),
            Expression.Bind(
                typeof(KeyedRow<TDto>).GetProperty(nameof(KeyedRow<TDto>.Keys))!,
                Expression.NewArrayInit(typeof(object), keyValues)));
        return Expression.Lambda<Func<TEntity, KeyedRow<TDto>>>(body, entity);
    }
}
