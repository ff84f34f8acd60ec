using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Auditing;

/// <summary>The audit trail of changes the user made.</summary>
[PersonalDataOf(typeof(AuditEntry))]
internal sealed class AuditTrailPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "audit-trail";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        entries = await db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
    };
}
