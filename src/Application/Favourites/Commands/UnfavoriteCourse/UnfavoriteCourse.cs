using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Favourites.Commands.FavoriteCourse;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites.Commands.UnfavoriteCourse;

/// <summary>Drops a course from the caller's favourites; idempotent (a course not kept is simply not a favourite).</summary>
public sealed record UnfavoriteCourseCommand(Guid CourseId) : ICommand<FavoriteCourseResult>, IRetryOnConflict;

internal sealed class UnfavoriteCourseCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UnfavoriteCourseCommand, FavoriteCourseResult>
{
    public async ValueTask<FavoriteCourseResult> Handle(UnfavoriteCourseCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var favourite = await db.Favourites.SingleOrDefaultAsync(f => f.UserId == userId && f.CourseId == command.CourseId, cancellationToken);
        if (favourite is not null)
        {
            favourite.Remove(clock.GetUtcNow());
            db.Favourites.Remove(favourite);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new FavoriteCourseResult(command.CourseId, false);
    }
}
