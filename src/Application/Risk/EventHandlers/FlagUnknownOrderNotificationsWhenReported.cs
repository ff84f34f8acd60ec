using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Risk.EventHandlers;

/// <summary>
/// Counts the source's notifications for unknown order numbers over <c>Risk:UnknownOrderNotifications:WindowMinutes</c> and
/// flags the source (no user) once they reach the threshold; later ones count on the open flag.
/// </summary>
internal sealed class FlagUnknownOrderNotificationsWhenReported(
    IApplicationDbContext db, IOptions<UnknownOrderNotificationOptions> options, TimeProvider clock)
    : IAfterCommitHandler<UnknownPaymentReportedEvent>
{
    private const int SampleSize = 5;

    public async ValueTask HandleAsync(UnknownPaymentReportedEvent domainEvent, CancellationToken cancellationToken)
    {
        var rule = options.Value;
        var since = domainEvent.ReceivedAt.AddMinutes(-rule.WindowMinutes);
        var recent = db.UnknownPaymentReports.AsNoTracking()
            .Where(r => r.Source == domainEvent.Source && r.ReceivedAt > since && r.ReceivedAt <= domainEvent.ReceivedAt);
        var count = await recent.CountAsync(cancellationToken);
        if (count < rule.Threshold)
        {
            return;
        }

        var latest = await recent.OrderByDescending(r => r.ReceivedAt).Select(r => r.OutTradeNo).Take(SampleSize).ToListAsync(cancellationToken);
        var evidence = JsonSerializer.Serialize(new { windowMinutes = rule.WindowMinutes, notifications = count, latestOutTradeNos = latest });
        await db.FlagAsync(
            RiskRule.UnknownOrderNotifications, null, domainEvent.Source, evidence, RiskRestriction.None, clock.GetUtcNow(), cancellationToken);
    }
}
