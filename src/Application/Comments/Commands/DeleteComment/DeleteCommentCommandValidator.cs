using FluentValidation;

namespace KnowledgePay.Application.Comments.Commands.DeleteComment;

internal sealed class DeleteCommentCommandValidator : AbstractValidator<DeleteCommentCommand>
{
    public DeleteCommentCommandValidator() => RuleFor(c => c.CommentId).NotEmpty();
}
