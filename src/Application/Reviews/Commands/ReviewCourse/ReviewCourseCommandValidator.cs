using FluentValidation;

namespace KnowledgePay.Application.Reviews.Commands.ReviewCourse;

internal sealed class ReviewCourseCommandValidator : AbstractValidator<ReviewCourseCommand>
{
    // Stars and text length are the review's own rules (REVIEW_INVALID_STARS, REVIEW_INVALID_TEXT).
    public ReviewCourseCommandValidator() => RuleFor(c => c.CourseId).NotEmpty();
}
