using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.PublishCourse;

/// <summary>Puts a draft on sale; it then appears in the catalogue.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record PublishCourseCommand(Guid CourseId) : ICommand<CourseDto>;

internal sealed class PublishCourseCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishCourseCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(PublishCourseCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        course.Publish(clock.GetUtcNow());
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
