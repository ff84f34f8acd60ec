using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements.Queries.GetAgreementVersions;

/// <summary>Admins: every published version of one agreement, newest first, with its acceptance count.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetAgreementVersionsQuery(AgreementKind Kind) : IQuery<IReadOnlyList<AgreementVersionAcceptancesDto>>;

internal sealed class GetAgreementVersionsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetAgreementVersionsQuery, IReadOnlyList<AgreementVersionAcceptancesDto>>
{
    public async ValueTask<IReadOnlyList<AgreementVersionAcceptancesDto>> Handle(
        GetAgreementVersionsQuery query, CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().Where(v => v.Kind == query.Kind).ToListAsync(cancellationToken);
        var ids = versions.Select(v => v.Id).ToList();
        var counts = await db.AgreementAcceptances.Where(a => ids.Contains(a.AgreementVersionId))
            .GroupBy(a => a.AgreementVersionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var current = AgreementTerms.Current(versions, clock.GetUtcNow());
        return
        [
            .. versions.OrderByDescending(v => v.Order).Select(v => new AgreementVersionAcceptancesDto(
                v.Adapt<AgreementVersionDto>(), v.Id == current?.Id, counts.GetValueOrDefault(v.Id))),
        ];
    }
}
