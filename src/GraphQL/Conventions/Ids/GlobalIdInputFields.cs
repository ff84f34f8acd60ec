using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgePay.GraphQL.Conventions.Ids;

public static class GlobalIdInputFields
{
    /// <summary>An <c>ID!</c> input field holding a global id of <paramref name="typeName"/>, decoded to its Guid while validating.</summary>
    public static FieldBuilder<TSource, object> IdField<TSource>(this InputObjectGraphType<TSource> input, string name, string typeName) =>
        input.Field<NonNullGraphType<IdGraphType>>(name).ParseValue(GlobalId.ParserFor(typeName));

    /// <summary>An optional <c>ID</c> input field; see <see cref="IdField{TSource}"/>.</summary>
    public static FieldBuilder<TSource, object> OptionalIdField<TSource>(this InputObjectGraphType<TSource> input, string name, string typeName) =>
        input.Field<IdGraphType>(name).ParseValue(GlobalId.ParserFor(typeName));

    /// <summary>A <c>[ID!]!</c> input field of global ids of <paramref name="typeName"/>, decoded to Guids while validating.</summary>
    public static FieldBuilder<TSource, object> IdListField<TSource>(this InputObjectGraphType<TSource> input, string name, string typeName)
    {
        var parse = GlobalId.ParserFor(typeName);
        return input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(name)
            .ParseValue(value => ((IEnumerable<object>)value).Select(parse).Cast<Guid>().ToList());
    }
}
