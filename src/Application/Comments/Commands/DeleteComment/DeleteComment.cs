using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.Commands.DeleteComment;

/// <summary>The author takes their comment or reply down; it leaves every list (its replies with it), and its id is returned.</summary>
public sealed record DeleteCommentCommand(Guid CommentId) : ICommand<Guid>;

internal sealed class DeleteCommentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteCommentCommand, Guid>
{
    public async ValueTask<Guid> Handle(DeleteCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await db.LessonComments.SingleOrDefaultAsync(c => c.Id == command.CommentId && c.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException(nameof(LessonComment), command.CommentId);
        comment.Delete(user.RequiredId(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}
