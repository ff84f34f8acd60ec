using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying;

/// <summary>Inlines a one-parameter lambda's body onto another expression (the entity being filtered or sorted).</summary>
internal sealed class ExpressionRebinder(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Rebind(LambdaExpression lambda, Expression target) =>
        new ExpressionRebinder(lambda.Parameters[0], target).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
