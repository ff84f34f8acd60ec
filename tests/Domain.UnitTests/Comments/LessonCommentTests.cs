using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.UnitTests.Comments;

public sealed class LessonCommentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();

    [Fact]
    public void AHeldCommentRaisesContentHeldForItsCourse()
    {
        var courseId = Guid.NewGuid();

        var comment = LessonComment.Post(courseId, Guid.NewGuid(), Author, "  加微信  ", ModerationHoldReason.SensitiveWord, Now);

        Assert.Equal(ModerationStatus.Held, comment.Status);
        Assert.Equal(
            new ContentHeldEvent(ModeratedContentKind.Comment, comment.Id, Author, courseId, "加微信", ModerationHoldReason.SensitiveWord),
            Assert.Single(comment.DomainEvents()));
    }

    [Fact]
    public void AVisibleCommentRaisesNothing()
    {
        var comment = LessonComment.Post(Guid.NewGuid(), Guid.NewGuid(), Author, "好", null, Now);

        Assert.Equal(ModerationStatus.Visible, comment.Status);
        Assert.Empty(comment.DomainEvents());
    }

    [Fact]
    public void AReplyToAReplyJoinsTheThreadOfItsFirstComment()
    {
        var root = LessonComment.Post(Guid.NewGuid(), Guid.NewGuid(), Author, "问题", null, Now);

        var reply = root.Reply(Guid.NewGuid(), "回答", null, Now);
        var replyToReply = reply.Reply(Author, "谢谢", null, Now);

        Assert.Equal(root.Id, reply.ParentId);
        Assert.Equal(root.Id, replyToReply.ParentId);
        Assert.Equal((root.CourseId, root.LessonId), (replyToReply.CourseId, replyToReply.LessonId));
    }

    [Fact]
    public void OnlyTheAuthorDeletes()
    {
        var comment = LessonComment.Post(Guid.NewGuid(), Guid.NewGuid(), Author, "要删的", null, Now);

        var error = Assert.Throws<DomainException>(() => comment.Delete(Guid.NewGuid(), Now));
        comment.Delete(Author, Now);

        Assert.Equal(CommentErrors.NotAuthorCode, error.Code);
        Assert.Equal(Now, comment.DeletedAt);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public void RefusesEmptyText(string? text)
    {
        var error = Assert.Throws<DomainException>(() => LessonComment.Post(Guid.NewGuid(), Guid.NewGuid(), Author, text!, null, Now));

        Assert.Equal(CommentErrors.InvalidTextCode, error.Code);
    }
}
