using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Queries.GetReviewsByIds;

/// <summary>Reviews by id as the caller may see them (see <see cref="ReviewVisibility"/>); others are missing from the answer.</summary>
public sealed record GetReviewsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, ReviewDto>>, IAllowAnonymous;

internal sealed class GetReviewsByIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetReviewsByIdsQuery, IReadOnlyDictionary<Guid, ReviewDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, ReviewDto>> Handle(GetReviewsByIdsQuery query, CancellationToken cancellationToken) =>
        (await db.Reviews.AsNoTracking()
            .Where(r => query.Ids.Contains(r.Id))
            .Where(ReviewVisibility.SeenBy(user.Id))
            .ProjectToType<ReviewDto>()
            .ToListAsync(cancellationToken))
        .ToDictionary(r => r.Id, r => r.ForViewer(user.Id));
}
