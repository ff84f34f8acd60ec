using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy;

/// <summary>The user's data export and deletion requests, and the exports built for them.</summary>
[PersonalDataOf(typeof(PrivacyRequest), typeof(DataExport))]
internal sealed class PrivacyRequestsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "privacy-requests";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        requests = await db.PrivacyRequests.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken),
        exports = await db.DataExports.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
    };
}
