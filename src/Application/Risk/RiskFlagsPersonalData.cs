using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk;

/// <summary>Risk flags raised on the account, how they were reviewed, and any restriction they placed.</summary>
[PersonalDataOf(typeof(RiskFlag))]
internal sealed class RiskFlagsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "risk-flags";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        flags = await db.RiskFlags.AsNoTracking().Where(f => f.UserId == userId).ToListAsync(cancellationToken),
    };
}
