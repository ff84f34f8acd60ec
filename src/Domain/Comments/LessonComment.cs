using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.Comments;

/// <summary>
/// A learner's comment on a lesson, or a reply to one. Replies are one level deep: a reply to a reply attaches to the
/// comment that started the thread. Held and hidden comments are shown only to their author; the author's deletion is
/// soft (the row stays for the moderation record) and takes the comment out of every list.
/// </summary>
public sealed class LessonComment : Entity
{
    private LessonComment()
    {
        Text = string.Empty;
    }

    /// <summary>The lesson's course, whose creator may moderate the comment.</summary>
    public Guid CourseId { get; private set; }

    public Guid LessonId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The comment that started the thread; null for a comment that is not a reply.</summary>
    public Guid? ParentId { get; private set; }

    public string Text { get; private set; }

    public ModerationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// A new comment, saved with the screening's outcome: held text raises <see cref="ContentHeldEvent"/> for the
    /// moderation queue. Refused text never gets here.
    /// </summary>
    public static LessonComment Post(
        Guid courseId, Guid lessonId, Guid authorId, string text, ModerationHoldReason? heldFor, DateTimeOffset now) =>
        Create(courseId, lessonId, authorId, parentId: null, text, heldFor, now);

    /// <summary>A reply to this comment, attached to the thread's first comment.</summary>
    public LessonComment Reply(Guid authorId, string text, ModerationHoldReason? heldFor, DateTimeOffset now) =>
        Create(CourseId, LessonId, authorId, ParentId ?? Id, text, heldFor, now);

    public void Delete(Guid userId, DateTimeOffset now)
    {
        if (userId != AuthorId)
        {
            throw CommentErrors.NotAuthor();
        }

        DeletedAt ??= now;
    }

    /// <summary>Its author's account was erased: the text goes and the comment leaves every list, as if deleted.</summary>
    public void Erase(DateTimeOffset now)
    {
        Text = string.Empty;
        DeletedAt ??= now;
    }

    /// <summary>A moderator's decision, or the report threshold holding it (<see cref="ContentModeratedEvent"/>).</summary>
    public void Moderate(ModerationStatus status) => Status = status;

    private static LessonComment Create(
        Guid courseId, Guid lessonId, Guid authorId, Guid? parentId, string text, ModerationHoldReason? heldFor, DateTimeOffset now)
    {
        var comment = new LessonComment
        {
            CourseId = courseId,
            LessonId = lessonId,
            AuthorId = authorId,
            ParentId = parentId,
            Text = Common.Text.Required(text, CommentLimits.TextLength, CommentErrors.InvalidText),
            Status = heldFor is null ? ModerationStatus.Visible : ModerationStatus.Held,
            CreatedAt = now,
        };
        if (heldFor is { } reason)
        {
            comment.Raise(new ContentHeldEvent(ModeratedContentKind.Comment, comment.Id, authorId, courseId, comment.Text, reason));
        }

        return comment;
    }
}
