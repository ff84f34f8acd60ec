using System.Collections;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Conventions.Filtering;

/// <summary>Turns a coerced <c>where</c> argument into the Application's <see cref="Filter"/> tree.</summary>
public static class FilterParser
{
    /// <summary>The filter, refused with a <see cref="ValidationException"/> when it exceeds <see cref="FilterLimits"/>.</summary>
    public static Filter? Parse(IFilterSchema schema, IDictionary<string, object?>? input)
    {
        var filter = Build(schema, input);
        return filter is not null && FilterLimits.Check(filter) is { } problem
            ? throw new ValidationException("where", problem)
            : filter;
    }

    private static Filter? Build(IFilterSchema schema, IDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return null;
        }

        var parts = new List<Filter>();
        foreach (var (name, value) in input)
        {
            switch (name)
            {
                case FilterFieldNames.And:
                    parts.Add(new AllOf(Each(schema, value)));
                    break;
                case FilterFieldNames.Or:
                    parts.Add(new AnyOf(Each(schema, value)));
                    break;
                default:
                    parts.AddRange(Conditions(schema.Fields.Single(f => f.Name == name), Operations(value)));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new AllOf(parts);
    }

    private static List<Filter> Each(IFilterSchema schema, object? value) =>
        [.. ((IEnumerable?)value ?? Array.Empty<object>()).Cast<IDictionary<string, object?>>()
            .Select(item => Build(schema, item) ?? new AllOf([]))];

    private static IEnumerable<Filter> Conditions(FilterFieldDescriptor field, IDictionary<string, object?> operations) =>
        operations.Select(operation => field.ElementSchema is { } element
            ? ListCondition(field, element, operation.Key, operation.Value)
            : new FieldCondition(field.Name, FilterFieldNames.Operator(operation.Key), Operand(field, operation.Value)));

    private static Filter ListCondition(FilterFieldDescriptor field, IFilterSchema element, string op, object? value)
    {
        var listOperator = FilterFieldNames.ListOperator(op);
        return listOperator == ListOperator.Any
            ? new ListCondition(field.Name, listOperator, null, value as bool? ?? true)
            : new ListCondition(field.Name, listOperator, Build(element, Operations(value)) ?? new AllOf([]));
    }

    private static IDictionary<string, object?> Operations(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static object? Operand(FilterFieldDescriptor field, object? value) =>
        field.Kind == FilterValueKind.Id ? DecodeIds(field, value) : value;

    private static object? DecodeIds(FilterFieldDescriptor field, object? value)
    {
        try
        {
            return value switch
            {
                null => null,
                string id => GlobalId.Decode(id).Id,
                IEnumerable ids => ids.Cast<object?>().Select(id => (object?)GlobalId.Decode(id as string ?? string.Empty).Id).ToList(),
                _ => value,
            };
        }
        catch (InvalidOperationException e)
        {
            throw new ValidationException($"where.{field.Name}", e.Message);
        }
    }
}
