using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.Reviews;

/// <summary>The answer of the course's creator (or an admin) to a review; one per review, changed only through it.</summary>
public sealed class ReviewReply : Entity
{
    private ReviewReply()
    {
        Text = string.Empty;
    }

    internal ReviewReply(Guid reviewId, Guid authorId, string text, ModerationStatus status, DateTimeOffset now)
    {
        ReviewId = reviewId;
        AuthorId = authorId;
        Text = text;
        Status = status;
        CreatedAt = now;
    }

    public Guid ReviewId { get; private set; }

    /// <summary>Who wrote the current text.</summary>
    public Guid AuthorId { get; private set; }

    public string Text { get; private set; }

    public ModerationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    internal void Rewrite(Guid authorId, string text, ModerationStatus screened, DateTimeOffset now)
    {
        AuthorId = authorId;
        Text = text;
        Status = Status == ModerationStatus.Visible ? screened : Status;
        EditedAt = now;
    }

    internal void Moderate(ModerationStatus status) => Status = status;
}
