using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites.Queries.GetFavoriteStatusByCourseIds;

/// <summary>Whether the caller keeps each course in their favourites; empty for an anonymous caller.</summary>
public sealed record GetFavoriteStatusByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, bool>>, IAllowAnonymous;

internal sealed class GetFavoriteStatusByCourseIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetFavoriteStatusByCourseIdsQuery, IReadOnlyDictionary<Guid, bool>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, bool>> Handle(GetFavoriteStatusByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return new Dictionary<Guid, bool>();
        }

        var kept = await db.Favourites.AsNoTracking()
            .Where(f => f.UserId == userId && query.CourseIds.Contains(f.CourseId))
            .Select(f => f.CourseId)
            .ToListAsync(cancellationToken);
        return query.CourseIds.ToDictionary(id => id, kept.Contains);
    }
}
