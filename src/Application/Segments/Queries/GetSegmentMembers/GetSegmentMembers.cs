using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Queries.GetSegmentMembers;

/// <summary>Admins: the users in a segment's materialised membership, newest users first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSegmentMembersQuery(Guid SegmentId, QueryContext<SegmentMemberDto> Context) : IQuery<Page<SegmentMemberDto>>;

internal sealed class GetSegmentMembersQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSegmentMembersQuery, Page<SegmentMemberDto>>
{
    public async ValueTask<Page<SegmentMemberDto>> Handle(GetSegmentMembersQuery query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => db.SegmentMembers.Any(m => m.SegmentId == query.SegmentId && m.UserId == u.Id))
            .ToPageAsync(query.Context, SegmentQuerySchema.MemberFilter, SegmentQuerySchema.MemberSort, SegmentQuerySchema.MemberDefaultOrder, cancellationToken);
}
