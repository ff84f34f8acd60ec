using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Agreements.Queries.GetAgreements;

/// <summary>Anyone: the user agreement and privacy policy in effect, shown before sign-in as WeChat asks.</summary>
public sealed record GetAgreementsQuery : IQuery<IReadOnlyList<AgreementVersionDto>>, IAllowAnonymous;

internal sealed class GetAgreementsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetAgreementsQuery, IReadOnlyList<AgreementVersionDto>>
{
    public async ValueTask<IReadOnlyList<AgreementVersionDto>> Handle(GetAgreementsQuery query, CancellationToken cancellationToken) =>
        (await db.CurrentAgreementsAsync(clock.GetUtcNow(), cancellationToken)).Adapt<List<AgreementVersionDto>>();
}
