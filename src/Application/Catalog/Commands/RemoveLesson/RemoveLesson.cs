using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.RemoveLesson;

/// <summary>Removes a lesson; the later lessons of its chapter move up.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record RemoveLessonCommand(Guid LessonId) : ICommand<CourseDto>;

internal sealed class RemoveLessonCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RemoveLessonCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(RemoveLessonCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfLessonAsync(user, command.LessonId, cancellationToken);
        course.RemoveLesson(command.LessonId);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
