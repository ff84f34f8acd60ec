using GraphQL;
using GraphQL.Types;

namespace KnowledgePay.GraphQL.Http;

/// <summary>The schema as SDL, served at <c>/graphql?sdl</c>.</summary>
internal static class SchemaSdl
{
    public static string Print(ISchema schema) => schema.Print();
}
