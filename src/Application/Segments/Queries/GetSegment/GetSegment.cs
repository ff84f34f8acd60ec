using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Queries.GetSegment;

/// <summary>Admins: one segment; null when there is none with this id.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSegmentQuery(Guid SegmentId) : IQuery<SegmentDto?>;

internal sealed class GetSegmentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSegmentQuery, SegmentDto?>
{
    public async ValueTask<SegmentDto?> Handle(GetSegmentQuery query, CancellationToken cancellationToken) =>
        await db.Segments.AsNoTracking().Where(s => s.Id == query.SegmentId).ProjectToType<SegmentDto>().SingleOrDefaultAsync(cancellationToken);
}
