using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>
/// Filterable fields of <typeparamref name="TEntity"/>, each bound to an expression EF can translate,
/// so a <see cref="Filter"/> always becomes SQL and never runs in memory.
/// </summary>
public sealed class FilterSchema<TEntity>(string typeName) : IFilterSchema
{
    private readonly Dictionary<string, IFilterField> _fields = new(StringComparer.Ordinal);
    private readonly List<FilterFieldDescriptor> _descriptors = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<FilterFieldDescriptor> Fields => _descriptors;

    public FilterSchema<TEntity> Field<TValue>(
        string name, Expression<Func<TEntity, TValue>> accessor, FilterValueKind kind, string? description = null)
    {
        _fields.Add(name, new ScalarFilterField<TValue>(accessor, kind));
        _descriptors.Add(new FilterFieldDescriptor(name, kind, typeof(TValue), null, description));
        return this;
    }

    public FilterSchema<TEntity> List<TElement>(
        string name,
        Expression<Func<TEntity, IEnumerable<TElement>>> accessor,
        FilterSchema<TElement> elementSchema,
        string? description = null)
    {
        _fields.Add(name, new ListFilterField<TElement>(accessor, elementSchema));
        _descriptors.Add(new FilterFieldDescriptor(name, FilterValueKind.Id, typeof(TElement), elementSchema, description));
        return this;
    }

    public Expression<Func<TEntity, bool>> ToPredicate(Filter filter)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        return Expression.Lambda<Func<TEntity, bool>>(Translate(filter, entity), entity);
    }

    internal Expression Translate(Filter filter, Expression entity) => filter switch
    {
        AllOf all => Combine(all.Filters, entity, Expression.AndAlso, true),
        AnyOf any => Combine(any.Filters, entity, Expression.OrElse, false),
        FieldCondition condition => FieldNamed(condition.Field).Translate(condition, entity),
        ListCondition condition => FieldNamed(condition.Field).Translate(condition, entity),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown filter node."),
    };

    private Expression Combine(
        IReadOnlyList<Filter> filters, Expression entity, Func<Expression, Expression, Expression> join, bool empty) =>
        filters.Count == 0
            ? Expression.Constant(empty)
            : filters.Select(f => Translate(f, entity)).Aggregate(join);

    private IFilterField FieldNamed(string name) =>
        _fields.TryGetValue(name, out var field)
            ? field
            : throw new ArgumentException($"'{name}' is not a filterable field of {TypeName}.", nameof(name));
}
