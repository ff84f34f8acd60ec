namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>The allow-list of filterable fields of one type, which the GraphQL edge turns into a <c>where</c> input.</summary>
public interface IFilterSchema
{
    string TypeName { get; }

    IReadOnlyList<FilterFieldDescriptor> Fields { get; }
}

/// <summary>A filterable field: a scalar of <see cref="Kind"/>, or a list whose elements follow <see cref="ElementSchema"/>.</summary>
public sealed record FilterFieldDescriptor(
    string Name, FilterValueKind Kind, Type ValueType, IFilterSchema? ElementSchema, string? Description);
