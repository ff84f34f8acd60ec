using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.AddChapter;

/// <summary>Appends a chapter to the end of the course's outline.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record AddChapterCommand(Guid CourseId, string Title) : ICommand<CourseDto>;

internal sealed class AddChapterCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<AddChapterCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(AddChapterCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        course.AddChapter(command.Title);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
