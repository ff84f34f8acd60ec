using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgePay.GraphQL.Conventions.Projection;

/// <summary>
/// Reads which fields of a connection's node type a request selects (through fragments too)
/// and names the DTO members they need, so the page query selects only those columns.
/// </summary>
public static class SelectedMembers
{
    public static IReadOnlySet<string> OfConnectionNodes<TDto>(IResolveFieldContext context, IComplexGraphType nodeType)
    {
        var connection = context.FieldAst.SelectionSet;
        var nodeSelections = Fields(context, connection)
            .Where(f => f.Name.StringValue == "nodes")
            .Concat(Fields(context, connection)
                .Where(f => f.Name.StringValue == "edges")
                .SelectMany(edges => Fields(context, edges.SelectionSet))
                .Where(f => f.Name.StringValue == "node"));
        var fieldNames = nodeSelections.SelectMany(n => Fields(context, n.SelectionSet)).Select(f => f.Name.StringValue);
        return Members<TDto>(nodeType, fieldNames);
    }

    private static HashSet<string> Members<TDto>(IComplexGraphType nodeType, IEnumerable<string> fieldNames)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fieldNames.Distinct())
        {
            var field = nodeType.GetField(name);
            if (field?.GetMetadata<string[]>(ProjectionMetadata.Key) is { } declared)
            {
                members.UnionWith(declared);
            }
            else if (typeof(TDto).GetProperty(char.ToUpperInvariant(name[0]) + name[1..], BindingFlags.Public | BindingFlags.Instance) is { } property)
            {
                members.Add(property.Name);
            }
        }

        return members;
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(context, inline.SelectionSet),
                GraphQLFragmentSpread spread => Fields(context, context.Document.FindFragmentDefinition(spread.FragmentName.Name)?.SelectionSet),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
