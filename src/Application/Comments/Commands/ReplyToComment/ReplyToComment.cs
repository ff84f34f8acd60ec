using KnowledgePay.Application.Comments.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Moderation;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.Commands.ReplyToComment;

/// <summary>
/// The caller replies to a comment they can see, on a lesson they may open; a reply to a reply joins the thread of the
/// comment that started it. Screened like a comment.
/// </summary>
public sealed record ReplyToCommentCommand(Guid CommentId, string Text) : ICommand<LessonCommentDto>;

internal sealed class ReplyToCommentCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ContentScreening screening, TimeProvider clock)
    : ICommandHandler<ReplyToCommentCommand, LessonCommentDto>
{
    public async ValueTask<LessonCommentDto> Handle(ReplyToCommentCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var authorId = user.RequiredId();
        var parent = await db.LessonComments.AsNoTracking()
            .Where(c => c.Id == command.CommentId)
            .Where(CommentVisibility.ShownTo(authorId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(LessonComment), command.CommentId);
        await db.EnsureMayCommentAsync(user, parent.LessonId, now, cancellationToken);
        var screened = await screening.ScreenAsync(authorId, ContentScene.Comment, command.Text, cancellationToken);
        var reply = parent.Reply(authorId, command.Text, screened.HoldReason, now);
        db.LessonComments.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        return reply.Adapt<LessonCommentDto>();
    }
}
