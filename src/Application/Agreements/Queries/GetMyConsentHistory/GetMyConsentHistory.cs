using KnowledgePay.Application.Common.Interfaces;
using Mediator;

namespace KnowledgePay.Application.Agreements.Queries.GetMyConsentHistory;

/// <summary>Signed-in users: every consent change and agreement acceptance of theirs, oldest first.</summary>
public sealed record GetMyConsentHistoryQuery : IQuery<IReadOnlyList<ConsentChangeDto>>;

internal sealed class GetMyConsentHistoryQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyConsentHistoryQuery, IReadOnlyList<ConsentChangeDto>>
{
    public async ValueTask<IReadOnlyList<ConsentChangeDto>> Handle(GetMyConsentHistoryQuery query, CancellationToken cancellationToken) =>
        await db.ConsentHistoryAsync(user.RequiredId(), cancellationToken);
}
