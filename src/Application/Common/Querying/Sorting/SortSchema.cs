using System.Linq.Expressions;
using KnowledgePay.Application.Common.Exceptions;

namespace KnowledgePay.Application.Common.Querying.Sorting;

/// <summary>Sortable fields of <typeparamref name="TEntity"/>, each bound to a key expression EF can translate.</summary>
public sealed class SortSchema<TEntity>(string typeName) : ISortSchema
{
    private readonly Dictionary<string, SortKey> _keys = new(StringComparer.Ordinal);
    private readonly List<SortFieldDescriptor> _descriptors = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<SortFieldDescriptor> Fields => _descriptors;

    public SortSchema<TEntity> Field<TKey>(string name, Expression<Func<TEntity, TKey>> key, string? description = null)
    {
        _keys.Add(name, new SortKey(name, key));
        _descriptors.Add(new SortFieldDescriptor(name, description));
        return this;
    }

    internal SortKey KeyNamed(string name) =>
        _keys.TryGetValue(name, out var key)
            ? key
            : throw new ValidationException("order", $"'{name}' is not a sortable field of {TypeName}.");
}

internal sealed record SortKey(string Name, LambdaExpression Selector)
{
    public Type Type => Selector.ReturnType;
}
