using KnowledgePay.Application.Comments.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Moderation;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Comments.Commands.CommentOnLesson;

/// <summary>
/// The caller comments on a lesson they may open. The text is screened first: refused text saves nothing
/// (CONTENT_REFUSED); held text is saved for its author only and waits in the moderation queue.
/// </summary>
public sealed record CommentOnLessonCommand(Guid LessonId, string Text) : ICommand<LessonCommentDto>;

internal sealed class CommentOnLessonCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ContentScreening screening, TimeProvider clock)
    : ICommandHandler<CommentOnLessonCommand, LessonCommentDto>
{
    public async ValueTask<LessonCommentDto> Handle(CommentOnLessonCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var authorId = user.RequiredId();
        var courseId = await db.EnsureMayCommentAsync(user, command.LessonId, now, cancellationToken);
        var screened = await screening.ScreenAsync(authorId, ContentScene.Comment, command.Text, cancellationToken);
        var comment = LessonComment.Post(courseId, command.LessonId, authorId, command.Text, screened.HoldReason, now);
        db.LessonComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Adapt<LessonCommentDto>();
    }
}
