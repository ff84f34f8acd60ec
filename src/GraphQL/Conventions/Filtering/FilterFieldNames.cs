using KnowledgePay.Application.Common.Querying.Filtering;

namespace KnowledgePay.GraphQL.Conventions.Filtering;

/// <summary>HotChocolate's names for filter combinators and operations.</summary>
public static class FilterFieldNames
{
    public const string And = "and";
    public const string Or = "or";

    private static readonly Dictionary<string, FilterOperator> Operators = Enum.GetValues<FilterOperator>()
        .ToDictionary(Of, op => op, StringComparer.Ordinal);

    private static readonly Dictionary<string, ListOperator> ListOperators = Enum.GetValues<ListOperator>()
        .ToDictionary(Of, op => op, StringComparer.Ordinal);

    public static string Of(FilterOperator op) => op switch
    {
        FilterOperator.NotContains => "ncontains",
        FilterOperator.StartsWith => "startsWith",
        _ => op.ToString().ToLowerInvariant(),
    };

    public static string Of(ListOperator op) => op.ToString().ToLowerInvariant();

    public static FilterOperator Operator(string name) => Operators[name];

    public static ListOperator ListOperator(string name) => ListOperators[name];
}
