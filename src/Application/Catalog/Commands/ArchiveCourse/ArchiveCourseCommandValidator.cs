using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.ArchiveCourse;

internal sealed class ArchiveCourseCommandValidator : AbstractValidator<ArchiveCourseCommand>
{
    public ArchiveCourseCommandValidator() => RuleFor(c => c.CourseId).Id();
}
