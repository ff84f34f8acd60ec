using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.MoveLesson;

/// <summary>Moves a lesson to a position (from 0) of a chapter of the same course, its own or another.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record MoveLessonCommand(Guid LessonId, Guid ChapterId, int Position) : ICommand<CourseDto>;

internal sealed class MoveLessonCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<MoveLessonCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(MoveLessonCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfLessonAsync(user, command.LessonId, cancellationToken);
        course.MoveLesson(command.LessonId, command.ChapterId, command.Position);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
