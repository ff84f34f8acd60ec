using FluentValidation;

namespace KnowledgePay.Application.Favourites.Commands.FavoriteCourse;

internal sealed class FavoriteCourseCommandValidator : AbstractValidator<FavoriteCourseCommand>
{
    public FavoriteCourseCommandValidator() => RuleFor(c => c.CourseId).NotEmpty();
}
