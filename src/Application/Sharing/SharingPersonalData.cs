using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing;

/// <summary>What the user shared, and the shares they opened.</summary>
[PersonalDataOf(typeof(Share), typeof(ShareVisit))]
internal sealed class SharingPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "sharing";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        shares = await db.Shares.AsNoTracking().Where(s => s.SharerId == userId).ToListAsync(cancellationToken),
        visits = await db.ShareVisits.AsNoTracking().Where(v => v.VisitorId == userId).ToListAsync(cancellationToken),
    };
}
