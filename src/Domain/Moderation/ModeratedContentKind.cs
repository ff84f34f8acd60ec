namespace KnowledgePay.Domain.Moderation;

/// <summary>The kinds of user-written content that are screened and can be moderated.</summary>
public enum ModeratedContentKind
{
    Review,
    ReviewReply,
    Comment,
    Nickname,
}
