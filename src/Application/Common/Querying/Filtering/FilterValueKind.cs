namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>The kind of a filterable value; decides which operators apply and how the edge types it.</summary>
public enum FilterValueKind
{
    String,
    Int,
    Long,
    Float,
    Boolean,
    Id,
    DateTime,
    Enum,
}

public static class FilterOperators
{
    private static readonly FilterOperator[] Equality = [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin];

    private static readonly FilterOperator[] Comparable =
        [.. Equality, FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte];

    private static readonly FilterOperator[] Text =
        [.. Equality, FilterOperator.Contains, FilterOperator.NotContains, FilterOperator.StartsWith];

    public static IReadOnlyList<FilterOperator> For(FilterValueKind kind) => kind switch
    {
        FilterValueKind.String => Text,
        FilterValueKind.Int or FilterValueKind.Long or FilterValueKind.Float or FilterValueKind.DateTime => Comparable,
        FilterValueKind.Boolean => [FilterOperator.Eq, FilterOperator.Neq],
        FilterValueKind.Id or FilterValueKind.Enum => Equality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
