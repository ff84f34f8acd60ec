using FluentValidation;

namespace KnowledgePay.Application.Favourites.Commands.UnfavoriteCourse;

internal sealed class UnfavoriteCourseCommandValidator : AbstractValidator<UnfavoriteCourseCommand>
{
    public UnfavoriteCourseCommandValidator() => RuleFor(c => c.CourseId).NotEmpty();
}
