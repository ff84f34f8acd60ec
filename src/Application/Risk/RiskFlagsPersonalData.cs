using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk;

/// <summary>
/// The flags raised on the user: what a rule saw and what was decided (PIPL art. 45, the right to a copy;
/// https://www.gov.cn/xinwen/2021-08/20/content_5632486.htm). The reviewing operator's identity is theirs, not the user's.
/// </summary>
[PersonalDataOf(typeof(RiskFlag))]
internal sealed class RiskFlagsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "risk-flags";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        flags = await db.RiskFlags.AsNoTracking()
            .Where(f => f.UserId == userId)
            .OrderBy(f => f.RaisedAt)
            .Select(f => new
            {
                f.Id,
                Rule = f.Rule.ToString(),
                f.Evidence,
                Restriction = f.Restriction.ToString(),
                Status = f.Status.ToString(),
                f.RaisedAt,
                f.LastSeenAt,
                f.Occurrences,
                f.ReviewedAt,
                f.ReviewNote,
            })
            .ToListAsync(cancellationToken),
    };
}
