using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Favourites;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites.Commands.FavoriteCourse;

/// <summary>
/// Adds a published course to the caller's favourites; idempotent (a course already kept stays as it is). Two racing
/// calls meet at the unique index, and the retry finds the first.
/// </summary>
public sealed record FavoriteCourseCommand(Guid CourseId) : ICommand<FavoriteCourseResult>, IRetryOnConflict;

public sealed record FavoriteCourseResult(Guid CourseId, bool IsFavorite);

internal sealed class FavoriteCourseCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<FavoriteCourseCommand, FavoriteCourseResult>
{
    public async ValueTask<FavoriteCourseResult> Handle(FavoriteCourseCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        if (!await db.Courses.AnyAsync(c => c.Id == command.CourseId && c.Status == CourseStatus.Published, cancellationToken))
        {
            throw new NotFoundException(nameof(Course), command.CourseId);
        }

        if (!await db.Favourites.AnyAsync(f => f.UserId == userId && f.CourseId == command.CourseId, cancellationToken))
        {
            db.Favourites.Add(Favourite.Add(userId, command.CourseId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new FavoriteCourseResult(command.CourseId, true);
    }
}
