using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Queries.GetSegments;

/// <summary>Admins: every segment with its size at the last refresh, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSegmentsQuery(QueryContext<SegmentDto> Context) : IQuery<Page<SegmentDto>>;

internal sealed class GetSegmentsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSegmentsQuery, Page<SegmentDto>>
{
    public async ValueTask<Page<SegmentDto>> Handle(GetSegmentsQuery query, CancellationToken cancellationToken) =>
        await db.Segments.AsNoTracking().ToPageAsync(
            query.Context, SegmentQuerySchema.Filter, SegmentQuerySchema.Sort, SegmentQuerySchema.DefaultOrder, cancellationToken);
}
