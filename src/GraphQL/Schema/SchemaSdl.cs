using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>The schema as SDL with descriptions, sorted by name so the committed <c>schema.graphql</c> diffs cleanly.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = null })
            .ReplaceLineEndings("\n") + "\n";
}
