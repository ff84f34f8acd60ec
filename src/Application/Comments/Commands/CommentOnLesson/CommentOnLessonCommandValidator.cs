using FluentValidation;
using KnowledgePay.Domain.Comments;

namespace KnowledgePay.Application.Comments.Commands.CommentOnLesson;

internal sealed class CommentOnLessonCommandValidator : AbstractValidator<CommentOnLessonCommand>
{
    public CommentOnLessonCommandValidator()
    {
        RuleFor(c => c.LessonId).NotEmpty();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(CommentLimits.TextLength);
    }
}
