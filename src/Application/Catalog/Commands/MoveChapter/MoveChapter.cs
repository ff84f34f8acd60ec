using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.MoveChapter;

/// <summary>Moves a chapter to a position (from 0) of its course's outline; the other chapters shift.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record MoveChapterCommand(Guid ChapterId, int Position) : ICommand<CourseDto>;

internal sealed class MoveChapterCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<MoveChapterCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(MoveChapterCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseOfChapterAsync(user, command.ChapterId, cancellationToken);
        course.MoveChapter(command.ChapterId, command.Position);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
