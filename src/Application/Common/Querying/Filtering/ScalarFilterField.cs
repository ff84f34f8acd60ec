using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgePay.Application.Common.Querying.Filtering;

internal sealed class ScalarFilterField<TValue>(LambdaExpression accessor, FilterValueKind kind) : IFilterField
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo ListContains = typeof(List<TValue>).GetMethod(nameof(List<TValue>.Contains))!;

    public Expression Translate(FieldCondition condition, Expression entity)
    {
        if (!FilterOperators.For(kind).Contains(condition.Operator))
        {
            throw new ArgumentException($"{condition.Operator} does not apply to '{condition.Field}'.", nameof(condition));
        }

        var field = ExpressionRebinder.Rebind(accessor, entity);
        return condition.Operator switch
        {
            FilterOperator.Eq => Expression.Equal(field, Parameter(condition.Value)),
            FilterOperator.Neq => Expression.NotEqual(field, Parameter(condition.Value)),
            FilterOperator.In => Expression.Call(ListParameter(condition.Value), ListContains, field),
            FilterOperator.Nin => Expression.Not(Expression.Call(ListParameter(condition.Value), ListContains, field)),
            FilterOperator.Contains => Expression.Call(field, StringContains, Parameter(condition.Value)),
            FilterOperator.NotContains => Expression.Not(Expression.Call(field, StringContains, Parameter(condition.Value))),
            FilterOperator.StartsWith => Expression.Call(field, StringStartsWith, Parameter(condition.Value)),
            FilterOperator.Gt => Expression.GreaterThan(field, Parameter(condition.Value)),
            FilterOperator.Gte => Expression.GreaterThanOrEqual(field, Parameter(condition.Value)),
            FilterOperator.Lt => Expression.LessThan(field, Parameter(condition.Value)),
            FilterOperator.Lte => Expression.LessThanOrEqual(field, Parameter(condition.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Operator, null),
        };
    }

    public Expression Translate(ListCondition condition, Expression entity) =>
        throw new ArgumentException($"'{condition.Field}' is not a list field.", nameof(condition));

    private static Expression Parameter(object? value) => QueryParameter.Of(FilterValues.Convert<TValue>(value));

    private static Expression ListParameter(object? value) =>
        QueryParameter.Of(FilterValues.ConvertList<TValue>(value));
}
