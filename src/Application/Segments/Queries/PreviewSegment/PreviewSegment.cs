using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Queries.PreviewSegment;

/// <summary>Admins: how many users a rule selects now, and a few of them, without saving anything (two statements).</summary>
[RequiresRole(Role.Admin)]
public sealed record PreviewSegmentQuery(SegmentRuleNode Rule) : IQuery<SegmentPreviewDto>;

public sealed record SegmentPreviewDto(int Count, IReadOnlyList<SegmentMemberDto> Sample);

internal sealed class PreviewSegmentQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<PreviewSegmentQuery, SegmentPreviewDto>
{
    public const int SampleSize = 5;

    public async ValueTask<SegmentPreviewDto> Handle(PreviewSegmentQuery query, CancellationToken cancellationToken)
    {
        var predicate = new SegmentAudience(db, clock.GetUtcNow()).Predicate(query.Rule.ToRule());
        var users = db.Users.AsNoTracking().Where(predicate);
        var count = await users.CountAsync(cancellationToken);
        var sample = await users.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id).Take(SampleSize)
            .ProjectToType<SegmentMemberDto>().ToListAsync(cancellationToken);
        return new SegmentPreviewDto(count, sample);
    }
}
