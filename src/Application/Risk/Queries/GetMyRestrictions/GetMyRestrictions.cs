using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Queries.GetMyRestrictions;

/// <summary>
/// What open or confirmed flags hold back from the caller, so the mini program can send them to customer service instead
/// of offering a refund button that will refuse. Only the restriction shows; the flag's evidence is for operators.
/// </summary>
public sealed record GetMyRestrictionsQuery : IQuery<IReadOnlyList<RiskRestriction>>;

internal sealed class GetMyRestrictionsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyRestrictionsQuery, IReadOnlyList<RiskRestriction>>
{
    public async ValueTask<IReadOnlyList<RiskRestriction>> Handle(GetMyRestrictionsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        var restrictions = await db.RiskFlags.AsNoTracking()
            .Where(f => f.UserId == userId && f.Restriction != RiskRestriction.None && f.Status != RiskFlagStatus.Cleared)
            .Select(f => f.Restriction)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. restrictions.Order()];
    }
}
