using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>
/// Introspection at its real cost: each introspection list (<c>types</c>, <c>fields</c>, <c>args</c>, …) multiplies its
/// children by how many items it holds in this schema, instead of by the page size that data lists use. Members of
/// <c>__type(name:)</c> count exactly, of every type in <c>types</c> on average (so the sum is right), of any other
/// type (a field's type, an interface) as the largest type's. 400 aliased <c>__schema</c> fields cost 400 schemas.
/// </summary>
internal static class IntrospectionCost
{
    private static readonly string[] TypeMembers = ["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"];

    private static readonly ConditionalWeakTable<ISchema, Sizes> Measured = [];

    /// <summary>The number of items an introspection list field is expected to hold, or null for any other field.</summary>
    public static double? ListSize(FieldImpactContext context)
    {
        var parentType = context.ParentType.Name;
        if (!parentType.StartsWith("__", StringComparison.Ordinal))
        {
            return null;
        }

        var schema = context.ValidationContext.Schema;
        var sizes = Measured.GetValue(schema, Measure);
        var key = (parentType, context.FieldDefinition.Name);
        if (!sizes.Average.TryGetValue(key, out var average))
        {
            return null;
        }

        return parentType != "__Type" ? average : context.Parent switch
        {
            { FieldDefinition.Name: "types" } => average,
            { FieldDefinition.Name: "__type" } parent when schema.AllTypes[parent.GetArgument<string>("name")] is { } type =>
                Count(type, context.FieldDefinition.Name),
            _ => sizes.Largest[key],
        };
    }

    private static Sizes Measure(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        var average = new Dictionary<(string, string), double>
        {
            [("__Schema", "types")] = types.Count,
            [("__Schema", "directives")] = directives.Count,
            [("__Field", "args")] = Average(fields.Select(f => f.Arguments?.Count ?? 0)),
            [("__Directive", "args")] = Average(directives.Select(d => d.Arguments?.Count ?? 0)),
            [("__Directive", "locations")] = Average(directives.Select(d => d.Locations.Count)),
        };
        var largest = new Dictionary<(string, string), double>();
        foreach (var member in TypeMembers)
        {
            var counts = types.Select(t => Count(t, member)).ToList();
            average[("__Type", member)] = Average(counts);
            largest[("__Type", member)] = counts.DefaultIfEmpty(0).Max();
        }

        return new Sizes(average, largest);
    }

    private static int Count(IGraphType type, string member) => (member, type) switch
    {
        ("fields", IComplexGraphType complex and not IInputObjectGraphType) => complex.Fields.Count,
        ("inputFields", IInputObjectGraphType input) => input.Fields.Count,
        ("interfaces", IImplementInterfaces implementing) => implementing.ResolvedInterfaces.Count,
        ("possibleTypes", IAbstractGraphType abstractType) => abstractType.PossibleTypes.Count,
        ("enumValues", EnumerationGraphType enumeration) => enumeration.Values.Count,
        _ => 0,
    };

    private static double Average(IEnumerable<int> counts) => counts.DefaultIfEmpty(0).Average();

    private sealed record Sizes(Dictionary<(string, string), double> Average, Dictionary<(string, string), double> Largest);
}
