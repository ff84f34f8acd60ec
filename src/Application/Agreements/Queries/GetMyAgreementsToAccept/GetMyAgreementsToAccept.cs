using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Agreements.Queries.GetMyAgreementsToAccept;

/// <summary>Signed-in users: the agreement versions they still have to accept (empty when they are up to date).</summary>
public sealed record GetMyAgreementsToAcceptQuery : IQuery<IReadOnlyList<AgreementVersionDto>>;

internal sealed class GetMyAgreementsToAcceptQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetMyAgreementsToAcceptQuery, IReadOnlyList<AgreementVersionDto>>
{
    public async ValueTask<IReadOnlyList<AgreementVersionDto>> Handle(GetMyAgreementsToAcceptQuery query, CancellationToken cancellationToken) =>
        (await db.AgreementsToAcceptAsync(user.RequiredId(), clock.GetUtcNow(), cancellationToken)).Adapt<List<AgreementVersionDto>>();
}
