using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Refreshing;

/// <summary>Materialises a segment: its rule as SQL, written as its members by <see cref="ISegmentMembershipWriter"/>.</summary>
public sealed class SegmentRefresher(IApplicationDbContext db, ISegmentMembershipWriter writer, TimeProvider clock)
{
    public async Task<int> RefreshAsync(Guid segmentId, CancellationToken cancellationToken)
    {
        var rule = await db.Segments.AsNoTracking().Where(s => s.Id == segmentId).Select(s => s.Rule)
            .SingleOrDefaultAsync(cancellationToken) ?? throw SegmentErrors.NotFound();
        var now = clock.GetUtcNow();
        return await writer.ReplaceAsync(segmentId, new SegmentAudience(db, now).UserIds(rule), now, cancellationToken);
    }
}
