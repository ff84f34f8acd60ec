using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments;

/// <summary>The audience segments the user belongs to and the purchase propensity scored for them.</summary>
[PersonalDataOf(typeof(SegmentMember), typeof(PurchasePropensity))]
internal sealed class SegmentsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "segments";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        memberships = await db.SegmentMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken),
        purchasePropensity = await db.PurchasePropensities.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken),
    };
}
