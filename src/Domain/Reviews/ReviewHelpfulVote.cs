using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Reviews;

/// <summary>One user found one review helpful; unique per user and review, removed when they take the vote back.</summary>
public sealed class ReviewHelpfulVote : Entity
{
    private ReviewHelpfulVote()
    {
    }

    internal ReviewHelpfulVote(Guid reviewId, Guid userId, DateTimeOffset now)
    {
        ReviewId = reviewId;
        UserId = userId;
        CreatedAt = now;
    }

    public Guid ReviewId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
