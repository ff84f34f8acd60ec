using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.ArchiveCourse;

/// <summary>Takes a course off sale for good; learners who bought it keep access, and it can no longer be edited.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record ArchiveCourseCommand(Guid CourseId) : ICommand<CourseDto>;

internal sealed class ArchiveCourseCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<ArchiveCourseCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(ArchiveCourseCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        course.Archive();
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
