using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.PublishCourse;

internal sealed class PublishCourseCommandValidator : AbstractValidator<PublishCourseCommand>
{
    public PublishCourseCommandValidator() => RuleFor(c => c.CourseId).Id();
}
