using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgePay.Application.Common.Querying.Filtering;

internal sealed class ListFilterField<TElement>(LambdaExpression accessor, FilterSchema<TElement> elementSchema) : IFilterField
{
    private static readonly MethodInfo AnyMatching = EnumerableMethod(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AnyAtAll = EnumerableMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AllMatching = EnumerableMethod(nameof(Enumerable.All), 2);

    public Expression Translate(FieldCondition condition, Expression entity) =>
        throw new ArgumentException($"'{condition.Field}' is a list field; use some, none, all or any.", nameof(condition));

    public Expression Translate(ListCondition condition, Expression entity)
    {
        var list = ExpressionRebinder.Rebind(accessor, entity);
        return condition.Operator switch
        {
            ListOperator.Some => Expression.Call(AnyMatching, list, ElementPredicate(condition)),
            ListOperator.None => Expression.Not(Expression.Call(AnyMatching, list, ElementPredicate(condition))),
            ListOperator.All => Expression.Call(AllMatching, list, ElementPredicate(condition)),
            ListOperator.Any when condition.Exists is false => Expression.Not(Expression.Call(AnyAtAll, list)),
            ListOperator.Any => Expression.Call(AnyAtAll, list),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Operator, null),
        };
    }

    private LambdaExpression ElementPredicate(ListCondition condition)
    {
        var filter = condition.ElementFilter
            ?? throw new ArgumentException($"'{condition.Field}' {condition.Operator} needs an element filter.", nameof(condition));
        var element = Expression.Parameter(typeof(TElement), "x");
        return Expression.Lambda<Func<TElement, bool>>(elementSchema.Translate(filter, element), element);
    }

    private static MethodInfo EnumerableMethod(string name, int parameterCount) =>
        typeof(Enumerable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == parameterCount)
            .MakeGenericMethod(typeof(TElement));
}
