using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.Reviews;

/// <summary>
/// A learner's rating of a course, 1 to 5 stars, with optional text: one per learner and course, edited in place. Text
/// that screening held waits for a moderator (<see cref="ContentHeldEvent"/>); only <see cref="ModerationStatus.Visible"/>
/// reviews count in the course's rating summary, which follows the events raised here.
/// </summary>
public sealed class Review : Entity
{
    private Review()
    {
    }

    public Guid CourseId { get; private set; }

    /// <summary>The learner who wrote it.</summary>
    public Guid UserId { get; private set; }

    public int Stars { get; private set; }

    /// <summary>Null for a rating without words.</summary>
    public string? Text { get; private set; }

    public ModerationStatus Status { get; private set; }

    public int HelpfulCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public ReviewReply? Reply { get; private set; }

    /// <summary>Bumped by every change, so racing votes or edits of one review cannot overwrite each other.</summary>
    public int Version { get; private set; }

    /// <param name="screened">What screening decided about <paramref name="text"/>; ignored when there is no text.</param>
    public static Review Submit(
        Guid courseId, Guid userId, int stars, string? text, ModerationStatus screened, ModerationHoldReason? holdReason, DateTimeOffset now)
    {
        var review = new Review
        {
            CourseId = courseId,
            UserId = userId,
            Stars = ValidStars(stars),
            Text = ValidText(text),
            CreatedAt = now,
        };
        review.Status = review.Text is null ? ModerationStatus.Visible : ValidScreening(screened);
        review.Raise(new ReviewSubmittedEvent(review.Id, courseId, userId, review.Stars, review.Status, now));
        review.RaiseHeld(holdReason);
        return review;
    }

    /// <summary>
    /// The author changes stars and text. New text is screened again: visible text that is now held leaves the summary
    /// until a moderator decides; a held or hidden review stays so (a moderator shows it, not an edit).
    /// </summary>
    public void Edit(
        Guid userId, int stars, string? text, ModerationStatus screened, ModerationHoldReason? holdReason, DateTimeOffset now)
    {
        if (userId != UserId)
        {
            throw ReviewErrors.NotAuthor();
        }

        var validStars = ValidStars(stars);
        var validText = ValidText(text);
        var oldStars = Stars;
        var oldStatus = Status;
        Stars = validStars;
        Text = validText;
        if (Status == ModerationStatus.Visible && Text is not null)
        {
            Status = ValidScreening(screened);
        }

        EditedAt = now;
        Version++;
        Raise(new ReviewEditedEvent(Id, CourseId, UserId, oldStars, Stars, oldStatus, Status));
        if (oldStatus == ModerationStatus.Visible)
        {
            RaiseHeld(holdReason);
        }
    }

    /// <summary>A moderator's decision; no change, no event.</summary>
    public void Moderate(ModerationStatus status)
    {
        if (status == Status)
        {
            return;
        }

        var oldStatus = Status;
        Status = status;
        Version++;
        Raise(new ReviewVisibilityChangedEvent(Id, CourseId, Stars, oldStatus, status));
    }

    /// <summary>Writes the review's one reply, or rewrites it. Whether the author may reply is the caller's check.</summary>
    public ReviewReply Answer(Guid authorId, string text, ModerationStatus screened, ModerationHoldReason? holdReason, DateTimeOffset now)
    {
        var validText = CheckedText(text, ReviewLimits.ReplyLength, required: true)!;
        var status = ValidScreening(screened);
        if (Reply is null)
        {
            Reply = new ReviewReply(Id, authorId, validText, status, now);
        }
        else
        {
            Reply.Rewrite(authorId, validText, status, now);
        }

        Version++;
        if (Reply.Status == ModerationStatus.Held && holdReason is { } reason)
        {
            Raise(new ContentHeldEvent(ModeratedContentKind.ReviewReply, Reply.Id, authorId, CourseId, validText, reason));
        }

        return Reply;
    }

    public void ModerateReply(ModerationStatus status)
    {
        if (Reply is null || Reply.Status == status)
        {
            return;
        }

        Reply.Moderate(status);
        Version++;
    }

    /// <summary>Counts <paramref name="voterId"/>'s helpful vote; the vote row keeps it to one per user.</summary>
    public ReviewHelpfulVote VoteHelpful(Guid voterId, DateTimeOffset now)
    {
        if (voterId == UserId)
        {
            throw ReviewErrors.OwnReviewVote();
        }

        if (Status != ModerationStatus.Visible)
        {
            throw ReviewErrors.NotFound();
        }

        HelpfulCount++;
        Version++;
        return new ReviewHelpfulVote(Id, voterId, now);
    }

    public void WithdrawHelpfulVote()
    {
        HelpfulCount = Math.Max(0, HelpfulCount - 1);
        Version++;
    }

    private void RaiseHeld(ModerationHoldReason? holdReason)
    {
        if (Status == ModerationStatus.Held && holdReason is { } reason)
        {
            Raise(new ContentHeldEvent(ModeratedContentKind.Review, Id, UserId, CourseId, Text!, reason));
        }
    }

    private static int ValidStars(int stars) =>
        stars is < ReviewLimits.MinStars or > ReviewLimits.MaxStars ? throw ReviewErrors.InvalidStars(stars) : stars;

    private static string? ValidText(string? text) => CheckedText(text, ReviewLimits.TextLength, required: false);

    private static string? CheckedText(string? text, int maxLength, bool required) =>
        required
            ? Common.Text.Required(text, maxLength, () => ReviewErrors.InvalidText(maxLength))
            : Common.Text.Optional(text, maxLength, () => ReviewErrors.InvalidText(maxLength));

    /// <summary>Screening shows or holds new text; hiding is a moderator's act.</summary>
    private static ModerationStatus ValidScreening(ModerationStatus screened) =>
        screened == ModerationStatus.Hidden ? throw new ArgumentOutOfRangeException(nameof(screened)) : screened;
}
