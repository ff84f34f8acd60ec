using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.EditLesson;

/// <summary>Replaces a lesson's content: title, kind, duration, free preview, body and media.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record EditLessonCommand(Guid LessonId, LessonContent Content) : ICommand<CourseDto>;

internal sealed class EditLessonCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<EditLessonCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(EditLessonCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfLessonAsync(user, command.LessonId, cancellationToken);
        course.EditLesson(command.LessonId, command.Content);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
