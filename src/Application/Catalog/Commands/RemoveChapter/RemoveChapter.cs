using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.RemoveChapter;

/// <summary>Removes a chapter and every lesson in it.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record RemoveChapterCommand(Guid ChapterId) : ICommand<CourseDto>;

internal sealed class RemoveChapterCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RemoveChapterCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(RemoveChapterCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfChapterAsync(user, command.ChapterId, cancellationToken);
        course.RemoveChapter(command.ChapterId);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
