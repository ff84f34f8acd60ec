using GraphQL.Builders;

namespace KnowledgePay.GraphQL.Conventions.Projection;

public static class ProjectionMetadata
{
    internal const string Key = "knowledgepay:projects";

    /// <summary>The DTO members a field reads, when they are not simply the field's own name (e.g. a loader's foreign key).</summary>
    public static FieldBuilder<TSource, TReturn> Projects<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[Key] = members;
        return field;
    }
}
