using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>
/// Builds "comes after this row" for a multi-key order: (k1 beyond v1) or (k1 = v1 and k2 beyond v2) or …,
/// where "beyond" is greater-than for ascending keys and less-than for descending ones.
/// </summary>
internal static class KeysetPredicate
{
    public static Expression<Func<TEntity, bool>> After<TEntity>(IReadOnlyList<OrderKey> keys, IReadOnlyList<object?> values)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        Expression? result = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = ExpressionRebinder.Rebind(keys[i].Key.Selector, entity);
            var value = Value(values[i], keys[i].Key.Type);
            var beyond = Expression.AndAlso(equalSoFar, Beyond(key, value, keys[i].Descending));
            result = result is null ? beyond : Expression.OrElse(result, beyond);
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(key, value));
        }

        return Expression.Lambda<Func<TEntity, bool>>(result ?? Expression.Constant(true), entity);
    }

    private static Expression Beyond(Expression key, Expression value, bool descending)
    {
        if (key.Type == typeof(string) || key.Type == typeof(Guid))
        {
            var comparison = Expression.Call(key, key.Type.GetMethod(nameof(string.CompareTo), [key.Type])!, value);
            return descending
                ? Expression.LessThan(comparison, Expression.Constant(0))
                : Expression.GreaterThan(comparison, Expression.Constant(0));
        }

        return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
    }

    private static Expression Value(object? value, Type type) =>
        (Expression)typeof(QueryParameter).GetMethod(nameof(QueryParameter.Of))!
            .MakeGenericMethod(type)
            .Invoke(null, [value])!;
}
