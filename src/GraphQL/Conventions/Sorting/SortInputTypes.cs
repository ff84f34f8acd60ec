using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Sorting;

namespace KnowledgePay.GraphQL.Conventions.Sorting;

/// <summary>Builds HotChocolate-shaped <c>order</c> inputs (<c>[{ price: DESC }]</c>) from the sort allow-lists.</summary>
public sealed class SortInputTypes
{
    private readonly Dictionary<string, InputObjectGraphType> _types = new(StringComparer.Ordinal);

    public IInputObjectGraphType For(ISortSchema schema)
    {
        var name = $"{schema.TypeName}SortInput";
        if (!_types.TryGetValue(name, out var input))
        {
            input = new InputObjectGraphType { Name = name };
            foreach (var field in schema.Fields)
            {
                input.AddField(new FieldType { Name = field.Name, Description = field.Description, Type = typeof(SortEnumGraphType) });
            }

            _types.Add(name, input);
        }

        return input;
    }

    public static IReadOnlyList<SortField> Parse(IEnumerable<object?>? order) =>
        order is null
            ? []
            : [.. order.Cast<IDictionary<string, object?>>()
                .SelectMany(item => item.Where(pair => pair.Value is not null))
                .Select(pair => new SortField(pair.Key, (SortDirection)pair.Value!))];
}
