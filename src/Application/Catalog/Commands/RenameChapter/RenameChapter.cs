using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.RenameChapter;

/// <summary>Gives a chapter a new title.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record RenameChapterCommand(Guid ChapterId, string Title) : ICommand<CourseDto>;

internal sealed class RenameChapterCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RenameChapterCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(RenameChapterCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfChapterAsync(user, command.ChapterId, cancellationToken);
        course.RenameChapter(command.ChapterId, command.Title);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
