namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>A filter tree in HotChocolate's shape (<c>and</c>/<c>or</c> of field conditions), independent of GraphQL.</summary>
public abstract record Filter;

public sealed record AllOf(IReadOnlyList<Filter> Filters) : Filter;

public sealed record AnyOf(IReadOnlyList<Filter> Filters) : Filter;

/// <summary><paramref name="Value"/> is a single value, or a list of values for <c>in</c>/<c>nin</c>.</summary>
public sealed record FieldCondition(string Field, FilterOperator Operator, object? Value) : Filter;

/// <summary>A condition on a collection field: <c>some</c>, <c>none</c> or <c>all</c> elements match, or <c>any</c> exist.</summary>
public sealed record ListCondition(string Field, ListOperator Operator, Filter? ElementFilter, bool? Exists = null) : Filter;
