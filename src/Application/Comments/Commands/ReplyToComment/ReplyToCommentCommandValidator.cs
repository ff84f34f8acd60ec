using FluentValidation;
using KnowledgePay.Domain.Comments;

namespace KnowledgePay.Application.Comments.Commands.ReplyToComment;

internal sealed class ReplyToCommentCommandValidator : AbstractValidator<ReplyToCommentCommand>
{
    public ReplyToCommentCommandValidator()
    {
        RuleFor(c => c.CommentId).NotEmpty();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(CommentLimits.TextLength);
    }
}
