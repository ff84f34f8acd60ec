using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Commands.UpdateCourseDetails;

/// <summary>Replaces what the catalogue shows about a course: title, summary, cover, category and the exact set of tags.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record UpdateCourseDetailsCommand(
    Guid CourseId, string Title, string Summary, string? CoverUrl, Guid CategoryId, IReadOnlyList<Guid> TagIds)
    : ICommand<CourseDto>;

internal sealed class UpdateCourseDetailsCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateCourseDetailsCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(UpdateCourseDetailsCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        if (!await db.Categories.AnyAsync(c => c.Id == command.CategoryId, cancellationToken))
        {
            throw new NotFoundException(nameof(Category), command.CategoryId);
        }

        var known = await db.Tags.Where(t => command.TagIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var unknown = command.TagIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new NotFoundException(nameof(Tag), unknown[0]);
        }

        course.Describe(command.Title, command.Summary, command.CoverUrl);
        if (course.CategoryId != command.CategoryId)
        {
            course.MoveToCategory(command.CategoryId);
        }

        course.Retag(command.TagIds);
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
