using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Queries.GetMyPrivacyRequests;

/// <summary>The caller's own data export and account deletion requests, newest first.</summary>
public sealed record GetMyPrivacyRequestsQuery : IQuery<IReadOnlyList<PrivacyRequestDto>>;

internal sealed class GetMyPrivacyRequestsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyPrivacyRequestsQuery, IReadOnlyList<PrivacyRequestDto>>
{
    public async ValueTask<IReadOnlyList<PrivacyRequestDto>> Handle(GetMyPrivacyRequestsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        return await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderByDescending(r => r.RequestedAt)
            .ThenByDescending(r => r.Id)
            .ProjectToType<PrivacyRequestDto>()
            .ToListAsync(cancellationToken);
    }
}
