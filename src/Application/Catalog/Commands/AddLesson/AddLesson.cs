using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.AddLesson;

/// <summary>Appends a lesson to the end of a chapter.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record AddLessonCommand(Guid ChapterId, LessonContent Content) : ICommand<CourseDto>;

internal sealed class AddLessonCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<AddLessonCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(AddLessonCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfChapterAsync(user, command.ChapterId, cancellationToken);
        course.AddLesson(command.ChapterId, command.Content);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
