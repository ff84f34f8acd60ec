using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Comments;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Moderation;

/// <summary>
/// The global id of moderated content: the type that shows it (a nickname belongs to its user). Inputs name the kind
/// beside the id and take the id's Guid whatever its type: an id of another kind's type names no content of this kind
/// (NotFoundError).
/// </summary>
internal static class ModeratedContentIds
{
    public static string Encode(ModeratedContentKind kind, Guid contentId) => GlobalId.Encode(TypeNameOf(kind), contentId);

    /// <summary>A value parser for content id inputs: any well-formed global id, decoded to its Guid while validating.</summary>
    public static object Parse(object value) => GlobalId.Decode(value as string ?? string.Empty).Id;

    private static string TypeNameOf(ModeratedContentKind kind) => kind switch
    {
        ModeratedContentKind.Comment => LessonCommentGraphType.TypeName,
        ModeratedContentKind.Nickname => CreateCreatorInputGraphType.UserTypeName,
        _ => kind.ToString(),
    };
}
