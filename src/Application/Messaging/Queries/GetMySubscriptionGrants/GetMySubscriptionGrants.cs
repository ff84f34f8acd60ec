using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.Queries.GetMySubscriptionGrants;

/// <summary>Signed-in users: per template they answered, how many messages they may still receive.</summary>
public sealed record GetMySubscriptionGrantsQuery : IQuery<IReadOnlyList<SubscriptionGrantDto>>;

internal sealed class GetMySubscriptionGrantsQueryHandler(IApplicationDbContext db, ICurrentUser user, SubscriptionTemplates templates)
    : IQueryHandler<GetMySubscriptionGrantsQuery, IReadOnlyList<SubscriptionGrantDto>>
{
    public async ValueTask<IReadOnlyList<SubscriptionGrantDto>> Handle(GetMySubscriptionGrantsQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var grants = await db.SubscriptionGrants.AsNoTracking()
            .Where(g => g.UserId == userId)
            .OrderBy(g => g.TemplateId)
            .Select(g => new SubscriptionGrantDto
            {
                TemplateId = g.TemplateId,
                Remaining = g.Remaining,
                LastDecision = g.LastDecision,
                DecidedAt = g.DecidedAt,
            })
            .ToListAsync(cancellationToken);
        var byId = templates.Enabled().ToDictionary(t => t.TemplateId, t => t.Template);
        return [.. grants.Select(g => g with { Template = byId.TryGetValue(g.TemplateId, out var template) ? template : null })];
    }
}
