using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Reviews;

/// <summary>Review failures; the codes are API contract.</summary>
public static class ReviewErrors
{
    public const string NotEntitledCode = "REVIEW_NOT_ENTITLED";
    public const string AlreadyReviewedCode = "REVIEW_ALREADY_EXISTS";
    public const string NotFoundCode = "REVIEW_NOT_FOUND";
    public const string NotAuthorCode = "REVIEW_NOT_AUTHOR";
    public const string InvalidStarsCode = "REVIEW_INVALID_STARS";
    public const string InvalidTextCode = "REVIEW_INVALID_TEXT";
    public const string ReplyNotAllowedCode = "REVIEW_REPLY_NOT_ALLOWED";
    public const string OwnReviewVoteCode = "REVIEW_OWN_VOTE";

    /// <summary>Only learners who bought the course or hold access to it (a membership, a gift, a grant) may review it.</summary>
    public static DomainException NotEntitled() =>
        new(NotEntitledCode, "Only learners with access to this course may review it.");

    public static DomainException AlreadyReviewed() =>
        new(AlreadyReviewedCode, "You have already reviewed this course; edit your review instead.");

    public static DomainException NotFound() =>
        new(NotFoundCode, "No such review.");

    public static DomainException NotAuthor() =>
        new(NotAuthorCode, "Only the author of a review may edit it.");

    public static DomainException InvalidStars(int stars) =>
        new(InvalidStarsCode, $"A rating is {ReviewLimits.MinStars} to {ReviewLimits.MaxStars} stars, not {stars}.");

    public static DomainException InvalidText(int maxLength) =>
        new(InvalidTextCode, $"The text may be at most {maxLength} characters.");

    public static DomainException ReplyNotAllowed() =>
        new(ReplyNotAllowedCode, "Only the course's creator or an admin may reply to its reviews.");

    public static DomainException OwnReviewVote() =>
        new(OwnReviewVoteCode, "You cannot vote your own review helpful.");
}
