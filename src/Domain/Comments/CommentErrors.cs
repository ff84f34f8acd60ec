using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Comments;

/// <summary>Lesson comment failures; the codes are API contract.</summary>
public static class CommentErrors
{
    public const string NoAccessCode = "COMMENT_NO_ACCESS";
    public const string NotAuthorCode = "COMMENT_NOT_AUTHOR";
    public const string InvalidTextCode = "COMMENT_INVALID_TEXT";

    /// <summary>The lesson is closed to the caller (not a free preview, and they are not entitled to its course).</summary>
    public static DomainException NoAccess() =>
        new(NoAccessCode, "Only learners with access to this lesson can comment on it.");

    public static DomainException NotAuthor() =>
        new(NotAuthorCode, "Only the author can delete this comment.");

    public static DomainException InvalidText() =>
        new(InvalidTextCode, $"A comment holds 1 to {CommentLimits.TextLength} characters.");
}
