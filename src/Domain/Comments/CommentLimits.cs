namespace KnowledgePay.Domain.Comments;

public static class CommentLimits
{
    /// <summary>Long enough for a question about a lesson, short enough to stay a comment (WeChat checks up to 2500 characters).</summary>
    public const int TextLength = 500;
}
