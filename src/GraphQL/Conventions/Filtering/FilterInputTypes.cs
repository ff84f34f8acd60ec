using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Filtering;

namespace KnowledgePay.GraphQL.Conventions.Filtering;

/// <summary>
/// Builds HotChocolate-shaped <c>where</c> inputs from the Application's filter allow-lists, once per schema,
/// so each named input type exists exactly once however many fields use it.
/// </summary>
public sealed class FilterInputTypes
{
    private readonly Dictionary<string, InputObjectGraphType> _types = new(StringComparer.Ordinal);

    public IInputObjectGraphType For(IFilterSchema schema)
    {
        var name = $"{schema.TypeName}FilterInput";
        if (_types.TryGetValue(name, out var known))
        {
            return known;
        }

        var input = new InputObjectGraphType { Name = name };
        _types.Add(name, input);
        foreach (var combinator in new[] { FilterFieldNames.And, FilterFieldNames.Or })
        {
            input.AddField(new FieldType { Name = combinator, ResolvedType = new ListGraphType(new NonNullGraphType(input)) });
        }

        foreach (var field in schema.Fields)
        {
            input.AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                ResolvedType = field.ElementSchema is null ? Operations(field) : ListOf(field.ElementSchema),
            });
        }

        return input;
    }

    private InputObjectGraphType Operations(FilterFieldDescriptor field)
    {
        var scalar = ScalarTypeName(field);
        return Named($"{scalar}OperationFilterInput", input =>
        {
            foreach (var op in FilterOperators.For(field.Kind))
            {
                var isList = op is FilterOperator.In or FilterOperator.Nin;
                input.AddField(new FieldType
                {
                    Name = FilterFieldNames.Of(op),
                    Type = isList ? typeof(ListGraphType<>).MakeGenericType(ScalarType(field)) : ScalarType(field),
                });
            }
        });
    }

    private InputObjectGraphType ListOf(IFilterSchema element) =>
        Named($"ListFilterInputTypeOf{element.TypeName}FilterInput", input =>
        {
            foreach (var op in new[] { ListOperator.All, ListOperator.None, ListOperator.Some })
            {
                input.AddField(new FieldType { Name = FilterFieldNames.Of(op), ResolvedType = For(element) });
            }

            input.AddField(new FieldType { Name = FilterFieldNames.Of(ListOperator.Any), Type = typeof(BooleanGraphType) });
        });

    private InputObjectGraphType Named(string name, Action<InputObjectGraphType> build)
    {
        if (!_types.TryGetValue(name, out var input))
        {
            input = new InputObjectGraphType { Name = name };
            _types.Add(name, input);
            build(input);
        }

        return input;
    }

    private static string ScalarTypeName(FilterFieldDescriptor field) => field.Kind switch
    {
        FilterValueKind.Enum => Nullable.GetUnderlyingType(field.ValueType)?.Name ?? field.ValueType.Name,
        FilterValueKind.Id => "Id",
        _ => field.Kind.ToString(),
    };

    private static Type ScalarType(FilterFieldDescriptor field) => field.Kind switch
    {
        FilterValueKind.String => typeof(StringGraphType),
        FilterValueKind.Int => typeof(IntGraphType),
        FilterValueKind.Long => typeof(LongGraphType),
        FilterValueKind.Float => typeof(FloatGraphType),
        FilterValueKind.Boolean => typeof(BooleanGraphType),
        FilterValueKind.Id => typeof(IdGraphType),
        FilterValueKind.DateTime => typeof(GraphQLClrInputTypeReference<DateTimeOffset>),
        FilterValueKind.Enum => typeof(GraphQLClrInputTypeReference<>).MakeGenericType(
            Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, null),
    };
}
