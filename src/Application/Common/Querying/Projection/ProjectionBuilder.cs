using System.Collections.Concurrent;
using System.Linq.Expressions;
using Mapster;
using Mapster.Models;

namespace KnowledgePay.Application.Common.Querying.Projection;

/// <summary>
/// Takes Mapster's entity → DTO projection and keeps only the members a caller selected (plus the id),
/// so SQL reads only the columns that will be returned.
/// </summary>
internal static class ProjectionBuilder
{
    private const string IdMember = "Id";
    private static readonly ConcurrentDictionary<(Type, Type), LambdaExpression> FullProjections = new();

    public static Expression<Func<TEntity, TDto>> For<TEntity, TDto>(IReadOnlySet<string>? members)
    {
        var full = (Expression<Func<TEntity, TDto>>)FullProjections.GetOrAdd(
            (typeof(TEntity), typeof(TDto)),
            _ => TypeAdapterConfig.GlobalSettings.CreateMapExpression(
                new TypeTuple(typeof(TEntity), typeof(TDto)), MapType.Projection));
        if (members is null)
        {
            return full;
        }

        var pruned = new BindingPruner(typeof(TDto), members).Visit(full.Body);
        return Expression.Lambda<Func<TEntity, TDto>>(pruned, full.Parameters);
    }

    private sealed class BindingPruner(Type dtoType, IReadOnlySet<string> members) : ExpressionVisitor
    {
        private bool _pruned;

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            if (_pruned || node.Type != dtoType)
            {
                return base.VisitMemberInit(node);
            }

            _pruned = true;
            var kept = node.Bindings.Where(b => b.Member.Name == IdMember || members.Contains(b.Member.Name));
            return node.Update(node.NewExpression, kept);
        }
    }
}
