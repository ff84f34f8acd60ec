using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Commands.CreateCourse;

/// <summary>
/// Starts a draft course. A creator's course belongs to their own creator profile (<see cref="CreatorId"/> may be
/// left out); an admin names the creator.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record CreateCourseCommand(Guid? CreatorId, Guid CategoryId, string Title, string Summary, long Price)
    : ICommand<CourseDto>;

internal sealed class CreateCourseCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateCourseCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(CreateCourseCommand command, CancellationToken cancellationToken)
    {
        var creatorId = command.CreatorId
            ?? await db.OwnCreatorIdAsync(user, cancellationToken)
            ?? throw new ValidationException("creatorId", "Name the creator: you have no creator profile of your own.");
        await db.EnsureManagesCreatorAsync(user, creatorId, cancellationToken);
        if (!await db.Creators.AnyAsync(c => c.Id == creatorId, cancellationToken))
        {
            throw new NotFoundException(nameof(Creator), creatorId);
        }

        if (!await db.Categories.AnyAsync(c => c.Id == command.CategoryId, cancellationToken))
        {
            throw new NotFoundException(nameof(Category), command.CategoryId);
        }

        var course = Course.Draft(
            creatorId, command.CategoryId, command.Title, command.Summary, Money.Fen(command.Price), clock.GetUtcNow());
        db.Courses.Add(course);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
