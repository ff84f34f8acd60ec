using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Messaging.Queries;
using KnowledgePay.Application.Messaging.Queries.GetMySubscriptionGrants;
using KnowledgePay.Domain.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.Commands.ReportSubscriptionGrants;

/// <summary>
/// The mini program reports what <c>wx.requestSubscribeMessage</c> answered: each accept adds one grant of its template,
/// reject and ban are recorded (a ban stops sending until the next accept). An unknown template id changes nothing.
/// Counts change by conditional updates, so a report racing a send never loses either; the rows a first report opens
/// may collide with a concurrent report's, which the retry then finds.
/// </summary>
public sealed record ReportSubscriptionGrantsCommand(IReadOnlyList<SubscriptionResult> Results)
    : ICommand<IReadOnlyList<SubscriptionGrantDto>>, IRetryOnConflict;

public sealed record SubscriptionResult(string TemplateId, SubscriptionDecision Status);

internal sealed class ReportSubscriptionGrantsCommandHandler(
    IApplicationDbContext db, ICurrentUser user, SubscriptionTemplates templates, ISender sender, TimeProvider clock)
    : ICommandHandler<ReportSubscriptionGrantsCommand, IReadOnlyList<SubscriptionGrantDto>>
{
    public async ValueTask<IReadOnlyList<SubscriptionGrantDto>> Handle(ReportSubscriptionGrantsCommand command, CancellationToken cancellationToken)
    {
        if (command.Results.FirstOrDefault(r => !templates.IsKnown(r.TemplateId)) is { } unknown)
        {
            throw MessagingErrors.UnknownTemplate(unknown.TemplateId);
        }

        var userId = user.RequiredId();
        var now = clock.GetUtcNow();
        var templateIds = command.Results.Select(r => r.TemplateId).Distinct().ToList();
        var existing = await db.SubscriptionGrants
            .Where(g => g.UserId == userId && templateIds.Contains(g.TemplateId))
            .Select(g => g.TemplateId)
            .ToListAsync(cancellationToken);
        foreach (var templateId in templateIds.Except(existing))
        {
            db.SubscriptionGrants.Add(SubscriptionGrant.Open(userId, templateId, now));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var answers in command.Results.GroupBy(r => r.TemplateId))
        {
            var accepted = answers.Count(a => a.Status == SubscriptionDecision.Accept);
            var last = answers.Last().Status;
            await db.SubscriptionGrants
                .Where(g => g.UserId == userId && g.TemplateId == answers.Key)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(g => g.Remaining, g => g.Remaining + accepted)
                        .SetProperty(g => g.LastDecision, last)
                        .SetProperty(g => g.DecidedAt, now),
                    cancellationToken);
        }

        return await sender.Send(new GetMySubscriptionGrantsQuery(), cancellationToken);
    }
}
