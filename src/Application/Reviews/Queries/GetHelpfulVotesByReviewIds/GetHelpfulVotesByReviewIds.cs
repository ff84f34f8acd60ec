using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews.Queries.GetHelpfulVotesByReviewIds;

/// <summary>Whether the caller voted each review helpful; empty for an anonymous caller.</summary>
public sealed record GetHelpfulVotesByReviewIdsQuery(IReadOnlyCollection<Guid> ReviewIds)
    : IQuery<IReadOnlyDictionary<Guid, bool>>, IAllowAnonymous;

internal sealed class GetHelpfulVotesByReviewIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetHelpfulVotesByReviewIdsQuery, IReadOnlyDictionary<Guid, bool>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, bool>> Handle(GetHelpfulVotesByReviewIdsQuery query, CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return new Dictionary<Guid, bool>();
        }

        var voted = await db.ReviewHelpfulVotes.AsNoTracking()
            .Where(v => v.UserId == userId && query.ReviewIds.Contains(v.ReviewId))
            .Select(v => v.ReviewId)
            .ToListAsync(cancellationToken);
        return query.ReviewIds.ToDictionary(id => id, voted.Contains);
    }
}
